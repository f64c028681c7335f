/**
 * The Office.js proxy-object model: loads, PropertyNotLoaded before sync. Part of the Excel fake
 * (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { OfficeError } from "./limits";

/** Shared behaviour of proxies: load() makes properties readable after the next sync. */
export class Proxy {
  protected readonly xl: FakeExcel;
  private ready = false;
  private requested = false;
  constructor(xl: FakeExcel) {
    this.xl = xl;
  }
  protected loaded(prop: string): void {
    if (!this.ready)
      throw new OfficeError("PropertyNotLoaded", `fake: ${prop} read before load() and sync()`);
  }
  protected markLoad(snapshot?: () => void, responseBytes?: () => number): void {
    this.requested = true;
    this.xl.record(0);
    this.xl.onSync(() => {
      snapshot?.();
      this.ready = true;
    }, responseBytes);
  }
  get isLoadRequested(): boolean {
    return this.requested;
  }
}
