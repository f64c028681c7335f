import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";

export function mount(root: HTMLElement, props: AppProps): void {
  document.documentElement.lang = props.lang === "nl" ? "nl" : "en";
  createRoot(root).render(<App {...props} />);
}
