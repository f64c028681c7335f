/**
 * "Hulp": the WONINGBOUW functions introduced with an example each, in the names and argument
 * notation of the user's Excel, the words the pane uses explained once, and where the full
 * help pages are.
 */
import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_IDS, FUNCTION_NAMESPACE, type FunctionNames } from "../locale/functionNames";
import { helpUrl } from "./helpLinks";
import type { Lang, Strings } from "../locale/pane";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column" },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  terms: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { marginLeft: 0, marginBottom: tokens.spacingVerticalXS },
});

export interface HelpTaskProps {
  readonly s: Strings;
  readonly lang: Lang;
  /** the names this Excel knows the functions by */
  readonly names: FunctionNames;
}

export function HelpTask({ s, lang, names }: HelpTaskProps) {
  const styles = useStyles();
  // Dutch Excel separates arguments with ";" and writes 0,02; English Excel "," and 0.02
  const dutch = names.FIGURE !== "FIGURE";
  return (
    <>
      <section aria-labelledby="help-functions-heading" className={styles.section}>
        <Subtitle2 as="h2" id="help-functions-heading">
          {s.helpFunctionsHeading}
        </Subtitle2>
        <Caption1>{s.helpFunctionsIntro(FUNCTION_NAMESPACE)}</Caption1>
        <ul className={styles.list}>
          {FUNCTION_IDS.map((id) => (
            <li key={id} className={styles.item}>
              <Body1>
                <strong>{names[id]}</strong> — {s.helpFunction[id].what}
              </Body1>
              <code className={styles.code}>
                ={FUNCTION_NAMESPACE}.{names[id]}(
                {s.helpFunction[id].args(dutch ? ";" : ",", dutch ? "," : ".")})
              </code>
              <Caption1 className={styles.muted}>{s.helpFunction[id].gives}</Caption1>
            </li>
          ))}
        </ul>
        <Link href={helpUrl(lang, "functions")} target="_blank">
          {s.helpAllFunctions}
        </Link>
        <Link href={helpUrl(lang, "model")} target="_blank">
          {s.helpModel}
        </Link>
        <Link href={helpUrl(lang, "sinceLetter")} target="_blank">
          {s.helpSinceLetter}
        </Link>
      </section>
      <section aria-labelledby="help-words-heading" className={styles.section}>
        <Subtitle2 as="h2" id="help-words-heading">
          {s.helpWordsHeading}
        </Subtitle2>
        <dl className={styles.terms}>
          {s.helpWords.map(([term, meaning]) => (
            <div key={term}>
              <dt className={styles.term}>
                <Body1>{term}</Body1>
              </dt>
              <dd className={styles.definition}>
                <Caption1>{meaning}</Caption1>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
