import { sheetTables } from "../data/tables";
import { insertTables, type InsertReport } from "./writer";

export function runInsertAll(): Promise<InsertReport> {
  return Excel.run((context) => insertTables(context, sheetTables()));
}
