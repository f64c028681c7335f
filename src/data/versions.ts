/** Compares semver strings ("1.10.0" > "1.9.2"): negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  // Stryker disable next-line EqualityOperator: one index more reads past both lists, where ?? 0 makes both sides 0 (">=" is killed: no loop)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++)
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
