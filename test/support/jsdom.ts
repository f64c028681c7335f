/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

export {};
