import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTaskStyles } from "./ScenarioTask";
import type { Conflict, Choice } from "../excel/sharing/plan";
import { toSessionForm } from "../locale/formulaLanguage";
import type { FunctionNames } from "../locale/functionNames";
import type { Strings } from "../locale/pane";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
});

/** What a block's cells hold now, in a line: "zie notitie", "2020 · 331000 …". */
function nowText(now: Conflict["now"], s: Strings): string {
  const cells = now.flat().map((v) => (v === null || v === "" ? "" : String(v)));
  const filled = cells.filter((c) => c !== "");
  if (!filled.length) return s.conflictEmpty;
  const text = filled.slice(0, 6).join(" · ");
  return filled.length > 6 || text.length > 80 ? `${text.slice(0, 80)} …` : text;
}

export interface SharingConflictsProps {
  readonly s: Strings;
  readonly names: FunctionNames;
  readonly conflicts: readonly Conflict[];
  readonly disabled: boolean;
  readonly onChoose: (conflict: Conflict, choice: Choice) => void;
}

/**
 * The blocks restore left alone because a colleague changed them: where, the stored formula,
 * what is there now, and the user's choice per item (put the formula back, or keep what is
 * there). Nothing is decided for the user.
 */
export function SharingConflicts({
  s,
  names,
  conflicts,
  disabled,
  onChoose,
}: SharingConflictsProps) {
  const styles = useStyles();
  const task = useTaskStyles();
  if (!conflicts.length) return null;
  return (
    <section aria-labelledby="conflicts-heading" className={task.section}>
      <Subtitle2 as="h3" id="conflicts-heading">
        {s.conflictsHeading(conflicts.length)}
      </Subtitle2>
      <Caption1>{s.conflictsIntro}</Caption1>
      <ul className={styles.list}>
        {conflicts.map((c) => {
          const where = c.sheet ? `${c.sheet}!${c.address}` : "";
          return (
            <li
              key={c.id}
              className={`${styles.item} ${task.section}`}
              aria-label={where || c.formula}
            >
              {where && (
                <Body1>
                  <strong>{where}</strong>
                </Body1>
              )}
              <Caption1>{s.conflictReason(c.reason)}</Caption1>
              <Caption1>
                {s.conflictStored}: <code>{toSessionForm(c.formula, names)}</code>
              </Caption1>
              {c.reason !== "deleted" && (
                <Caption1>
                  {s.conflictNow}: <code>{nowText(c.now, s)}</code>
                </Caption1>
              )}
              <div className={task.buttons}>
                {c.reason !== "deleted" && (
                  <Button size="small" disabled={disabled} onClick={() => onChoose(c, "restore")}>
                    {s.putBack}
                  </Button>
                )}
                <Button size="small" disabled={disabled} onClick={() => onChoose(c, "keep")}>
                  {s.keepThis}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
