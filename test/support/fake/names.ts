/**
 * Defined names (one namespace with table names). Part of the Excel fake (../excelFake.ts).
 */
import { Proxy } from "./proxy";

export class FakeNamedItemCollection
  extends Proxy
  implements Pick<Excel.NamedItemCollection, "items" | "load">
{
  private snapshot: string[] = [];
  load(): Excel.NamedItemCollection {
    this.markLoad(() => {
      this.snapshot = [...this.xl.definedNames];
    });
    return this as unknown as Excel.NamedItemCollection;
  }
  get items(): Excel.NamedItem[] {
    this.loaded("names.items");
    return this.snapshot.map((name) => ({ name }) as Excel.NamedItem);
  }
}
