import { InteropError, type ImportResult, type InteropPassage } from "../model";
export function importMoodleXml(
  _b: Uint8Array,
  _n: string,
  _o: { passages?: readonly InteropPassage[] } = {},
): ImportResult {
  throw new InteropError("Moodle XML import is not ready yet.");
}
