/** Small helpers for writing single cells and blocks by address. */
import { parseA1 } from "./grid";

/** A rows × cols array filled with `value`, for an address such as "E41:H41". */
export function filled<T>(address: string, value: T): T[][] {
  const { rows, cols } = parseA1(address);
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}
