// The gate every imported file passes first: size, what the bytes really are (magic numbers, not the name),
// and for zips the entry count, total size, compression ratio and paths, all checked before any entry is
// inflated. Throws InteropError with a sentence a teacher can act on.
import { unzipSync } from "fflate";
import { InteropError } from "./model";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "./upload-limit";

export { MAX_UPLOAD_BYTES };
export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalBytes: 100 * 1024 * 1024,
  maxEntryBytes: 25 * 1024 * 1024,
  maxRatio: 200,
};

export type Sniffed = "zip" | "xml" | "text";

/** What the bytes are, whatever the file is called. Refuses other binaries and non-UTF-8 text. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return "zip";
  if (bytes.subarray(0, 4096).includes(0))
    throw new InteropError("This file is binary, not a question bank (zip, XML or text).");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      bytes.subarray(0, 4096 * 4).slice(0, lastCharBoundary(bytes, 4096 * 4)),
    );
  } catch {
    throw new InteropError("This file is not UTF-8 text. Save it as UTF-8 and try again.");
  }
  return /^\uFEFF?\s*</.test(text) ? "xml" : "text";
}

// Cut a prefix at a UTF-8 character boundary, so a multi-byte character split by the cut is not "invalid".
function lastCharBoundary(bytes: Uint8Array, max: number): number {
  let end = Math.min(bytes.length, max);
  if (end === bytes.length) return end;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return end;
}

const EXPECTED: Record<string, Sniffed[]> = {
  zip: ["zip"],
  xml: ["xml"],
  gift: ["text"],
  txt: ["text"],
  aiken: ["text"],
  csv: ["text"],
};

/** Checks size and that the content is what the name says; returns what it is. */
export function checkUpload(bytes: Uint8Array, name: string): Sniffed {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new InteropError(tooLargeMessage(bytes.length));
  if (bytes.length === 0) throw new InteropError("This file is empty.");
  const kind = sniff(bytes);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const expected = EXPECTED[ext];
  if (expected && !expected.includes(kind))
    throw new InteropError(
      `“${name}” is named .${ext} but its content is ${kind === "zip" ? "a zip archive" : kind === "xml" ? "XML" : "plain text"}. Check that you picked the right file.`,
    );
  return kind;
}

function checkPath(name: string) {
  const parts = name.split("/");
  if (
    name.startsWith("/") ||
    name.includes("\\") ||
    /^[a-z]:/i.test(name) ||
    parts.includes("..") ||
    name.includes("\0")
  )
    throw new InteropError(
      `The archive contains an entry with an unsafe path (“${name.slice(0, 80)}”). It was refused.`,
    );
}

/**
 * Unzips after checking the central directory: entry count, each entry's and the total declared size, the
 * compression ratio and the paths. fflate inflates into a buffer of the declared size, so an entry that
 * lies about its size cannot grow past it.
 */
export function safeUnzip(bytes: Uint8Array, limits = ZIP_LIMITS): Map<string, Uint8Array> {
  let count = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        checkPath(f.name);
        if (++count > limits.maxEntries)
          throw new InteropError(`The archive has more than ${limits.maxEntries} entries.`);
        total += f.originalSize;
        if (f.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes)
          throw new InteropError(
            `The archive unpacks to more than ${(Math.min(limits.maxTotalBytes, total) / 1024 / 1024).toFixed(0)} MB; it was refused (a zip bomb or far too big).`,
          );
        if (f.originalSize > 1024 * 1024 && f.originalSize / Math.max(1, f.size) > limits.maxRatio)
          throw new InteropError(
            `The archive entry “${f.name}” is compressed ${Math.round(f.originalSize / Math.max(1, f.size))} to 1, which only zip bombs do. It was refused.`,
          );
        return !f.name.endsWith("/");
      },
    });
  } catch (e) {
    if (e instanceof InteropError) throw e;
    throw new InteropError(`This zip archive cannot be read (${(e as Error).message}).`);
  }
  return new Map(Object.entries(files));
}

export function decodeText(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new InteropError(`${what} is not UTF-8 text.`);
  }
}
