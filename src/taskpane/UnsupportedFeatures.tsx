/** The warning above the tasks when this Excel lacks features the pane needs, one line each. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { requirementName, type Feature } from "../excel/requirements";
import type { Strings } from "../locale/pane";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function UnsupportedFeatures({ s, lacking }: { s: Strings; lacking: readonly Feature[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {lacking.map((feature) => (
            <li key={feature}>{s.featureName(feature, requirementName(feature))}.</li>
          ))}
        </ul>
        {s.unsupportedAdvice}
      </MessageBarBody>
    </MessageBar>
  );
}
