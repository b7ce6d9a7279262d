import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, attachmentHeader, csvRows, fileSlug, neutralizeCell, toCsv } from "./write-csv";

describe("neutralizeCell", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["safe = text", "safe = text"],
    ["", ""],
  ])("%j → %j", (input, output) => expect(neutralizeCell(input)).toBe(output));
  it("keeps numbers (even negative ones) as numbers and empties nulls", () => {
    expect(neutralizeCell(-1.5)).toBe(-1.5);
    expect(neutralizeCell(Number.NaN)).toBeNull();
    expect(neutralizeCell(null)).toBeNull();
    expect(neutralizeCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("toCsv", () => {
  const tricky = [
    'He said "no", then left',
    "line one\nline two",
    "Ахмад Шах, 阿富汗",
    '=HYPERLINK("http://x")',
    "a,b",
  ];
  const doc = toCsv(
    ["name", "answer", "score"],
    [
      [tricky[2]!, tricky[0]!, 1],
      [tricky[4]!, tricky[1]!, 0.5],
      ["Eve", tricky[3]!, null],
    ],
  );

  it("starts with a UTF-8 BOM and uses CRLF", () => {
    expect(doc.startsWith(BOM)).toBe(true);
    expect(doc.split("\r\n")[0]).toBe(`${BOM}name,answer,score`);
    expect(doc.endsWith("\r\n")).toBe(true);
  });
  it("quotes commas, quotes and newlines exactly as RFC 4180 says", () => {
    expect(doc).toContain('"He said ""no"", then left"');
    expect(doc).toContain('"line one\nline two"');
    expect(doc).toContain('"Ахмад Шах, 阿富汗"');
  });
  it("round-trips through a CSV parser, with formulas neutralised", () => {
    const parsed = Papa.parse<string[]>(doc.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["name", "answer", "score"],
      [tricky[2], tricky[0], "1"],
      [tricky[4], tricky[1], "0.5"],
      ["Eve", `'${tricky[3]}`, ""],
    ]);
  });
  it("returns an empty string for no rows", () => expect(csvRows([])).toBe(""));
});

describe("file names", () => {
  it("slugs titles and encodes non-ASCII names for Content-Disposition", () => {
    expect(fileSlug("Week 3: Moscow’s Gamble!")).toBe("week-3-moscow-s-gamble");
    expect(fileSlug("…")).toBe("export");
    expect(attachmentHeader("café.csv")).toBe(`attachment; filename="caf_.csv"; filename*=UTF-8''caf%C3%A9.csv`);
  });
});
