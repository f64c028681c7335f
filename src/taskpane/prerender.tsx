/**
 * Build time only (webpack compiles this for Node, scripts/prerender-plugin.js runs it): the
 * pane's first view as HTML and its styles as <style> elements, per language, for
 * taskpane.html and taskpane.nl.html. The page then shows its real content — the table list,
 * the figure search, the scenario — at first paint, before any script runs; the browser
 * hydrates this markup with the same tree (Shell) once the pane's code arrives.
 */
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import type { Lang } from "../locale/lang";
import { strings } from "../locale/pane";
import { Shell } from "./Shell";

/** The page's markup, its styles and its title (src/locale/pane.ts), in `lang`. */
export function prerender(lang: Lang): { html: string; css: string; title: string } {
  const renderer = createDOMRenderer();
  const html = renderToString(<Shell renderer={renderer} host={null} lang={lang} booting />);
  const css = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, css, title: strings(lang).title };
}
