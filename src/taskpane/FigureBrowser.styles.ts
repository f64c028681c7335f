/** The figure browser's styles: the search section and its list of options. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFigureBrowserStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // no scrolling region: at most RESULTS_SHOWN options, so every option is in the page's flow
  list: { listStyleType: "none", margin: 0, padding: 0 },
  option: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: "3px solid transparent",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorCompoundBrandStroke}`,
  },
  detail: { color: tokens.colorNeutralForeground2 },
  marker: {
    alignSelf: "flex-start",
    marginTop: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // Chromium reports a text paint for the block that holds the text: make the timed span one
  timed: { display: "block" },
});
