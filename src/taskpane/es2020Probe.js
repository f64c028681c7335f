// Inlined into the pane's pages just before legacyGuard.js: an engine that cannot parse the
// bundles' ES2020 (optional chaining, ??) cannot parse this either, so the flag stays unset and
// the guard explains. A parse instead of eval/new Function: the pages' Content-Security-Policy
// refuses eval (scripts/csp.js).
window.__woningbouwEs2020 = { a: { b: 1 } }.a?.b ?? 0;
