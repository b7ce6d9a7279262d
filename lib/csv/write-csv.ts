// CSV for spreadsheets: RFC 4180 quoting through papaparse, a UTF-8 byte-order mark so Excel reads non-Latin
// text correctly, and formula-injection neutralisation (OWASP "CSV injection"): a text cell that starts
// with = + - @ tab or CR is prefixed with ' so a spreadsheet shows it as text instead of running it.
import Papa from "papaparse";

export const BOM = "\uFEFF";
export type Cell = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell; numbers, booleans and dates are data, not text typed by a person, and stay as they are. */
export function neutralizeCell(value: Cell): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows (header first) as CSV text without the BOM; CRLF line ends as RFC 4180 asks. */
export function csvRows(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return "";
  return Papa.unparse(
    rows.map((r) => r.map(neutralizeCell)),
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  );
}

/** A whole CSV document: BOM + header + rows, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + csvRows([header, ...rows]) + "\r\n";
}

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A file-name-safe slug of a title ("Week 3: Quiz" → "week-3-quiz"). */
export function fileSlug(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "export"
  );
}
