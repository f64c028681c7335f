/**
 * The pane with its style renderer: the same tree on the server (the build pre-renders it into
 * taskpane.html) and in the browser (which hydrates that markup), so both render one markup.
 */
import { useEffect } from "react";
import { RendererProvider, SSRProvider, type GriffelRenderer } from "@fluentui/react-components";
import { App, type AppProps } from "./App";

export interface ShellProps extends AppProps {
  readonly renderer: GriffelRenderer;
  /** called once, after the first commit (in the browser: hydration done, handlers attached) */
  readonly onMounted?: () => void;
}

export function Shell({ renderer, onMounted, ...app }: ShellProps) {
  // once, after the first commit: later renders are updates of a mounted pane
  useEffect(() => {
    onMounted?.();
  }, []);
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <App {...app} />
      </SSRProvider>
    </RendererProvider>
  );
}
