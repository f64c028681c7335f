// Until App.tsx imports it from src/locale/boot (after the pane split lands).
export type { BootMessage } from "../locale/boot";
