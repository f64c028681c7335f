import { hydrateRoot } from "react-dom/client";
import { createDOMRenderer } from "@fluentui/react-components";
import type { AppProps } from "./App";
import { Shell } from "./Shell";
import { loadSearch } from "./useFigureBrowser";

export interface MountedPane {
  /** render the pane with new props (Office ready, another language) */
  update(props: AppProps): void;
}

/**
 * Hydrates the pane the build pre-rendered into #root (src/taskpane/prerender.tsx): the first
 * render must equal the build's, so it is always the booting view; `onHydrated` runs once the
 * markup is live, and only then may the pane be updated (an update during hydration would
 * throw the pre-rendered markup away).
 */
export function hydrate(root: HTMLElement, props: AppProps, onHydrated: () => void): MountedPane {
  // the figure search's chunk downloads while the pane hydrates (FigureBrowser builds from it);
  // a failure is reported where the search is used
  loadSearch().catch(() => undefined);
  // takes over the <style> elements the build rendered, so no rule is inserted twice
  const renderer = createDOMRenderer(document);
  const pane = hydrateRoot(root, <Shell renderer={renderer} onMounted={onHydrated} {...props} />, {
    onRecoverableError: (e) => console.error("Woningbouw: the pre-rendered pane did not match", e),
  });
  return {
    update: (next) => {
      document.documentElement.lang = next.lang;
      pane.render(<Shell renderer={renderer} {...next} />);
    },
  };
}
