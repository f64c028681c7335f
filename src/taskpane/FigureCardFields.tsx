/**
 * The card's label–value lines: a later figure compared with the letter's or the model's
 * value, and a commitment's what, when, who and section.
 */
import { Caption1 } from "@fluentui/react-components";
import type { Commitment, Figure } from "../data/schema";
import { qualifierLabel } from "../data/tables";
import { counterpart } from "../data/sinceLetter";
import { comparedValue, dateInWords, differenceValue, figureValue } from "./notation";
import { useFigureCardStyles } from "./FigureCard.styles";
import type { Lang, Strings } from "../locale/pane";
import { inLanguage } from "../locale/lang";

/** Label and value pairs on lines of their own. */
export function Fields({ rows }: { rows: Array<[string, string | null | undefined]> }) {
  const styles = useFigureCardStyles();
  return (
    <dl className={styles.fields}>
      {rows
        .filter((r): r is [string, string] => !!r[1])
        .map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>
              <Caption1>{term}</Caption1>
            </dt>
            <dd className={styles.definition}>
              <Caption1>{value}</Caption1>
            </dd>
          </div>
        ))}
    </dl>
  );
}

/** A later figure beside the letter's or the model's value for the same thing, and the difference. */
export function Comparison({ s, lang, f }: { s: Strings; lang: Lang; f: Figure }) {
  const c = counterpart(f);
  if (!c) return null;
  return (
    <Fields
      rows={[
        [
          s.fieldLater,
          `${f.qualifier ? `${qualifierLabel(f.qualifier, lang)} ` : ""}${figureValue(f, lang)}`,
        ],
        [
          c.from === "brief" ? s.fieldInLetter : s.fieldInModel,
          `${comparedValue(c.value, c.unit, lang)} (${c.what[lang]})`,
        ],
        [
          s.fieldDifference,
          c.difference === null ? s.differenceUnknown : differenceValue(c.difference, c.unit, lang),
        ],
      ]}
    />
  );
}

/**
 * When, as the letter says it (in English translated, with the letter's words beside) and the
 * month the due rule gives, marked when inferred.
 */
export function commitmentWhen(s: Strings, lang: Lang, c: Commitment): string {
  const words = inLanguage(lang, { nl: c.when, en: `${c.en.when} — “${c.when}”` });
  if (!c.due) return words;
  return `${words} (${dateInWords(c.due, lang)}${c.dueInferred ? `, ${s.inferred}` : ""})`;
}

/** A commitment's what, when, who and section, in the pane's language. */
export function CommitmentFields({ s, lang, c }: { s: Strings; lang: Lang; c: Commitment }) {
  return (
    <Fields
      rows={[
        [s.fieldWhat, inLanguage(lang, { nl: c.what, en: c.en.what })],
        [s.fieldWhen, commitmentWhen(s, lang, c)],
        [s.fieldWho, inLanguage(lang, { nl: c.who, en: c.en.who })],
        [s.fieldSection, c.section],
      ]}
    />
  );
}
