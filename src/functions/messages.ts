/**
 * A refusal as the user reads it: the message for its key in the session's language
 * (src/locale/functionMessages.ts holds the words), parameters named as that Excel shows them
 * and text from a cell capped.
 */
import type { MessageKey, MessageParams } from "../model/errors";
import { inLanguage, type Lang, type SameKeys } from "../locale/lang";
import { FUNCTION_MESSAGES, paramName, type FunctionMessages } from "../locale/functionMessages";

/** The compiler holds the locale's keys to the model's refusals, both ways. */
const keysAgree: SameKeys<FunctionMessages, MessageKey> = true;
void keysAgree;

/** Text from a cell, capped: a 32,767-character string is never echoed back whole. */
export const ECHO_LIMIT = 60;
function cap(v: string | number | undefined): string {
  const s = String(v ?? "");
  return s.length > ECHO_LIMIT ? `${s.slice(0, ECHO_LIMIT - 1)}…` : s;
}

/** Parameters as the user sees them: Dutch names in Dutch Excel, user text capped. */
function shown(lang: Lang, p: MessageParams): MessageParams {
  const out: Record<string, string | number> = { ...p };
  if (typeof p.param === "string") out.param = paramName(lang, p.param);
  for (const k of ["got", "id", "field"]) if (k in p) out[k] = cap(p[k]);
  return out;
}

export function message(lang: Lang, key: MessageKey, params: MessageParams): string {
  return inLanguage(lang, FUNCTION_MESSAGES)[key](shown(lang, params));
}
