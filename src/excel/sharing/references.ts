/**
 * Cell references in a formula, pure: qualifying every reference with its sheet, and taking
 * the sheet off again. The freeze store keeps each frozen formula as a live but never
 * evaluated formula on its own sheet (`=IF(FALSE,…)`), with every reference qualified by the
 * sheet it pointed at: Excel then moves those references itself when a colleague inserts or
 * deletes rows or columns, or renames the sheet ("Insert or delete rows and columns": formulas
 * referring to moved cells follow them) — so the formula restored points at the same cells.
 *
 * Text inside string literals is never touched; a name that continues an identifier
 * (LOG10(, Table1[…], a defined name) is not a reference. References in the invariant (en-US)
 * A1 form `range.formulas` uses: B2, $B$2:C9, A:C, 3:5, Sheet!B2, 'My sheet'!B2.
 */

const REF =
  /(^|[^A-Za-z0-9_.$'\]])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7}|#REF!)(?![A-Za-z0-9_(.[!])/g;

/** A sheet name as a formula writes it: quoted unless plain letters, digits and _. */
export function sheetPrefix(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!`;
}

function nameOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  // Stryker disable next-line MethodExpression: REF's prefix is quoted at both ends or has no quote
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function mapRefs(
  formula: string,
  fn: (sheet: string | null, prefix: string, ref: string) => string
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(REF, (_m, lead: string, prefix: string | undefined, ref: string) =>
            ref === "#REF!" && !prefix
              ? lead + ref
              : lead + fn(prefix ? nameOf(prefix) : null, prefix ?? "", ref)
          )
    )
    .join("");
}

/** Every unqualified reference of a formula on `sheet` qualified with that sheet. */
export function qualify(formula: string, sheet: string): string {
  const own = sheetPrefix(sheet);
  return mapRefs(formula, (name, prefix, ref) => (name === null ? own + ref : prefix + ref));
}

/** References to `sheet` written without the sheet again (as on that sheet they were). */
export function unqualify(formula: string, sheet: string): string {
  return mapRefs(formula, (name, prefix, ref) =>
    name !== null && name.toLowerCase() === sheet.toLowerCase() ? ref : prefix + ref
  );
}

/** The one reference of a formula such as `=ROWS('Blad 1'!$D$2:$G$9)`: sheet and address. */
export function onlyReference(formula: string): { sheet: string; address: string } | null {
  const found: Array<{ sheet: string; address: string }> = [];
  let broken = false;
  mapRefs(formula, (name, _prefix, ref) => {
    if (ref === "#REF!" || name === null) broken = true;
    else found.push({ sheet: name, address: ref.replace(/\$/g, "").toUpperCase() });
    return ref; // the formula mapRefs rebuilds is not used here
  });
  return !broken && found.length === 1 ? found[0] : null;
}
