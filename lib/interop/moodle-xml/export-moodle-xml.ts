import { InteropError, type InteropSet } from "../model";
export function exportMoodleXml(_set: InteropSet): string {
  throw new InteropError("Moodle XML export is not ready yet.");
}
