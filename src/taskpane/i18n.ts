// Until App.tsx, FigureBrowser.tsx and FigureCard.tsx import src/locale/pane (after the pane split lands).
export { strings, type Lang, type Strings } from "../locale/pane";
