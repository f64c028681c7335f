/**
 * Where a figure on the card comes from: the letter's words with Kamerstuk number, date and the
 * letter to open; an external source with its link; a derived figure's formula in the figures'
 * names; a calculation's method; an assumption's reasoning with the model page.
 */
import { Body1, Caption1, Link } from "@fluentui/react-components";
import { dataset, figureById } from "../data/dataset";
import type { Figure } from "../data/schema";
import { renderSource } from "../data/provenance";
import { helpUrl, letterUrl } from "./helpLinks";
import { dateInWords } from "./notation";
import { useFigureCardStyles } from "./FigureCard.styles";
import type { Lang, Strings } from "../locale/pane";

/** A derived figure's formula with each id written as the figure's name. */
export function formulaInLabels(formula: string, lang: Lang): string {
  return formula.replace(/[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+/g, (id) => {
    const f = figureById(id);
    return f ? `[${f.label[lang]}]` : id;
  });
}

/** The letter's citation: Kamerstuk number, date in words, and the section. */
export function LetterCitation({ s, lang, section }: { s: Strings; lang: Lang; section: string }) {
  const styles = useFigureCardStyles();
  const d = dataset.document;
  return (
    <Caption1 className={styles.muted}>
      {s.cardLetter(d.kamerstuk ?? "", dateInWords(d.date, lang), section)}{" "}
      <Link href={letterUrl()} target="_blank">
        {s.cardOpenLetter}
      </Link>
    </Caption1>
  );
}

export function FigureSource({ s, lang, f }: { s: Strings; lang: Lang; f: Figure }) {
  const styles = useFigureCardStyles();
  return renderSource<JSX.Element>(
    f,
    {
      letter: (src) => (
        <>
          <Body1 className={styles.quote}>“{src.quote}”</Body1>
          <LetterCitation s={s} lang={lang} section={src.section} />
        </>
      ),
      external: (src, where) => (
        <>
          {src.quote && <Body1 className={styles.quote}>“{src.quote}”</Body1>}
          <Caption1>
            {where.text}{" "}
            {where.url && (
              <Link href={where.url} target="_blank">
                {s.cardOpenSource}
              </Link>
            )}
          </Caption1>
        </>
      ),
      derived: (src) => (
        <>
          <Caption1>{s.cardDerived(formulaInLabels(src.formula, lang))}</Caption1>
          <Caption1 className={styles.muted}>{s.cardDerivedIds(src.formula)}</Caption1>
        </>
      ),
      calculation: (src) => <Caption1>{s.cardCalculation(src.method)}</Caption1>,
      assumption: (src) => (
        <Caption1>
          {s.cardAssumption(src.reasoning)}{" "}
          <Link href={helpUrl(lang, "model")} target="_blank">
            {s.cardModel}
          </Link>
        </Caption1>
      ),
    },
    { date: (iso) => dateInWords(iso, lang) }
  );
}
