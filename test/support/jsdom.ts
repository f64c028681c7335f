import { configure } from "@testing-library/react";

/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

// Testing Library waits 1 s by default for findBy*/waitFor. A pane test that mounts the App
// takes about 1 s alone on this project's 2-core machine and timed out under load (CI runs
// other suites beside it); 10 s keeps a real failure a failure (the text never comes) without
// making a loaded machine look like a broken pane.
configure({ asyncUtilTimeout: 10_000 });

export {};
