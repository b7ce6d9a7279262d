// Checks the bytes of an essay an instructor pastes or uploads before anything is stored. Pure, so the
// same rules run in tests and on the server (the browser's own checks are only a convenience).
import { segmentBody, type Segment } from "../passages/segment";

export const MAX_ESSAY_BYTES = 200 * 1024;

export type EssayTextResult = { ok: true; body: string; segments: Segment[] } | { ok: false; error: string };

/** Control characters other than tab, newline and carriage return: a sign of a binary file. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Decodes and checks an essay: UTF-8 only (a fatal decoder, so Latin-1 or UTF-16 files are refused rather
 * than turned into mojibake), no NUL or other control bytes, at most 200 kB, not empty. Line endings are
 * normalised to "\n" and the body trimmed, because passages are addressed by line.
 */
export function decodeEssayBytes(bytes: Uint8Array): EssayTextResult {
  if (bytes.byteLength === 0)
    return { ok: false, error: "The essay is empty. Paste its text or choose a .txt or .md file that contains it." };
  if (bytes.byteLength > MAX_ESSAY_BYTES)
    return {
      ok: false,
      error: `The essay is too large (${Math.ceil(bytes.byteLength / 1024)} kB). The limit is 200 kB of text: split it into shorter readings.`,
    };
  if (bytes.includes(0))
    return {
      ok: false,
      error:
        "This file is not plain text (it contains binary data). Save the essay as a .txt or .md file and try again.",
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error:
        "This file is not UTF-8 text. Re-save it as UTF-8 (in most editors: Save As → Encoding: UTF-8) and try again.",
    };
  }
  return checkEssayText(text);
}

/** The checks that apply to text already decoded (pasted text arrives as a string). */
export function checkEssayText(raw: string): EssayTextResult {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (new TextEncoder().encode(text).byteLength > MAX_ESSAY_BYTES)
    return { ok: false, error: "The essay is too large. The limit is 200 kB of text: split it into shorter readings." };
  if (CONTROL.test(text))
    return {
      ok: false,
      error:
        "This text contains binary data or control characters. Save the essay as a .txt or .md file and try again.",
    };
  const body = text.trim();
  if (!body)
    return { ok: false, error: "The essay is empty. Paste its text or choose a .txt or .md file that contains it." };
  const segments = segmentBody(body);
  if (!segments.some((s) => s.sentence > 0))
    return { ok: false, error: "No sentences were found in this text. Check that you chose the right file." };
  return { ok: true, body, segments };
}

/** A URL slug from a title: lowercase ASCII words joined by hyphens (accents dropped), never empty. */
export function slugify(title: string): string {
  const s = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return s || "essay";
}
