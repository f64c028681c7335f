import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetTable, SheetTableId } from "../data/tables";
import type { Lang, Strings } from "../locale/pane";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalXS },
  detail: { color: tokens.colorNeutralForeground3, paddingLeft: "32px", marginTop: "-6px" },
});

export interface TableListProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly tables: readonly SheetTable[];
  readonly selected: ReadonlySet<SheetTableId>;
  readonly onChange: (next: ReadonlySet<SheetTableId>) => void;
  readonly disabled: boolean;
}

export function TableList({ s, lang, tables, selected, onChange, disabled }: TableListProps) {
  const styles = useStyles();
  const all = selected.size === tables.length ? true : selected.size === 0 ? false : "mixed";
  const toggle = (id: SheetTableId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <>
      <Checkbox
        label={s.selectAll}
        checked={all}
        disabled={disabled}
        onChange={(_, d) => onChange(new Set(d.checked === true ? tables.map((t) => t.id) : []))}
      />
      <ul className={styles.list}>
        {tables.map((t) => (
          <li key={t.id} className={styles.item}>
            <Checkbox
              label={`${t.title[lang]} (${t.sheetName})`}
              checked={selected.has(t.id)}
              disabled={disabled}
              onChange={(_, d) => toggle(t.id, d.checked === true)}
              aria-describedby={`table-${t.id}-detail`}
            />
            <Caption1 id={`table-${t.id}-detail`} className={styles.detail}>
              {t.description[lang]} · {s.rows(t.rows.length)}
            </Caption1>
          </li>
        ))}
      </ul>
    </>
  );
}
