/**
 * The pane's tasks as a WAI-ARIA tab list (APG "Tabs" pattern, automatic activation): one tab
 * in the tab order, arrow keys, Home and End move between tabs and show their task. Written
 * with plain buttons and makeStyles rather than Fluent's TabList, whose keyboard layer
 * (tabster's arrow-navigation groups) would add about 25 KiB gzip to the pane's code.
 */
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    // five tasks in one row at 350 px
    justifyContent: "space-between",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: "none",
    border: "none",
    backgroundColor: "transparent",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `3px solid transparent`,
    borderRadius: 0,
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `3px solid ${tokens.colorCompoundBrandStroke}`,
  },
});

export interface TaskTabsProps<T extends string> {
  readonly tasks: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly selected: T;
  readonly onSelect: (task: T) => void;
  readonly label: string;
  /** the id of task `t`'s tab and panel */
  readonly tabId: (t: T) => string;
  readonly panelId: (t: T) => string;
}

export function TaskTabs<T extends string>(props: TaskTabsProps<T>) {
  const { tasks, labels, selected, onSelect, label, tabId, panelId } = props;
  const styles = useStyles();
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const move = (to: T) => {
    onSelect(to);
    buttons.current.get(to)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const i = tasks.indexOf(selected);
    const to =
      e.key === "ArrowRight"
        ? tasks[(i + 1) % tasks.length]
        : e.key === "ArrowLeft"
          ? tasks[(i - 1 + tasks.length) % tasks.length]
          : e.key === "Home"
            ? tasks[0]
            : e.key === "End"
              ? tasks[tasks.length - 1]
              : null;
    if (!to) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} onKeyDown={onKey}>
      {tasks.map((t) => (
        <button
          key={t}
          ref={(el) => {
            if (el) buttons.current.set(t, el);
            else buttons.current.delete(t);
          }}
          type="button"
          role="tab"
          id={tabId(t)}
          aria-controls={panelId(t)}
          aria-selected={t === selected}
          tabIndex={t === selected ? 0 : -1}
          className={mergeClasses(styles.tab, t === selected && styles.selected)}
          onClick={() => onSelect(t)}
        >
          {labels[t]}
        </button>
      ))}
    </div>
  );
}
