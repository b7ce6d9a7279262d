// One entry point for an uploaded question bank: what the file is comes from its content (zip, XML root,
// GIFT braces or Aiken's ANSWER lines), never only from its name, and then the matching importer runs.
import { importAiken } from "../aiken/import-aiken";
import { importGift } from "../gift/import-gift";
import { InteropError, type ImportFormat, type ImportResult, type InteropPassage } from "../model";
import { importMoodleXml } from "../moodle-xml/import-moodle-xml";
import { importQti } from "../qti/import-package";
import { checkUpload, decodeText } from "../upload";

export type BankOptions = { passages?: readonly InteropPassage[] };

/** Which importer a file needs, from its bytes. Throws InteropError for anything that is no question bank. */
export function detectBankFormat(bytes: Uint8Array, name: string): ImportFormat {
  const kind = checkUpload(bytes, name);
  if (kind === "zip") return "qti3";
  // The first 64 kB is enough to see the root element or the shape of the first questions.
  const head = decodeText(bytes.subarray(0, lastBoundary(bytes, 64 * 1024)), `“${name}”`);
  if (kind === "xml") {
    const root = /<(?!\?|!)([A-Za-z_][\w.:-]*)/.exec(head)?.[1] ?? "";
    if (root === "quiz") return "moodle-xml";
    if (/^(qti-|assessmentItem|assessmentStimulus|questestinterop)/.test(root.replace(/^\w+:/, ""))) return "qti3";
    throw new InteropError(
      `“${name}” is XML but not a question bank we know (its root is <${root || "?"}>). Use QTI 2.1/3.0 or Moodle XML.`,
    );
  }
  const withoutComments = head.replace(/^\s*\/\/.*$/gm, "");
  if (/\{[\s\S]*\}/.test(withoutComments)) return "gift";
  if (/^\s*ANSWER:\s*[A-Z]\s*$/im.test(head)) return "aiken";
  throw new InteropError(
    `“${name}” is text but neither GIFT (answers in { }) nor Aiken (A. … ANSWER: A). Check that you picked the right file.`,
  );
}

export function importBank(bytes: Uint8Array, name: string, opts: BankOptions = {}): ImportResult {
  switch (detectBankFormat(bytes, name)) {
    case "moodle-xml":
      return importMoodleXml(bytes, name, opts);
    case "gift":
      return importGift(bytes, name, opts);
    case "aiken":
      return importAiken(bytes, name, opts);
    default:
      return importQti(bytes, name, opts);
  }
}

function lastBoundary(bytes: Uint8Array, max: number): number {
  let end = Math.min(bytes.length, max);
  if (end === bytes.length) return end;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return end;
}
