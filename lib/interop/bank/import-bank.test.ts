import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportGift } from "../gift/export-gift";
import { exportMoodleXml } from "../moodle-xml/export-moodle-xml";
import { exportQtiPackage } from "../qti/export-package";
import { allPassages, builtinInteropSets, sharedInterop, withoutShared } from "../test-support/builtin-sets";
import { exportBank } from "./export-bank";
import { detectBankFormat, importBank } from "./import-bank";

const set = builtinInteropSets()[0]!;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("detectBankFormat", () => {
  it("knows each format by its content, whatever the name", () => {
    expect(detectBankFormat(exportQtiPackage(set, "qti3"), "upload")).toBe("qti3");
    expect(detectBankFormat(utf8(exportMoodleXml(set)), "upload")).toBe("moodle-xml");
    expect(detectBankFormat(utf8(exportGift(set)), "upload")).toBe("gift");
    expect(detectBankFormat(utf8("Which?\nA. One\nB. Two\nANSWER: A\n"), "upload")).toBe("aiken");
    expect(() => detectBankFormat(utf8("<html><body/></html>"), "x.xml")).toThrow(/not a question bank we know/);
    expect(() => detectBankFormat(utf8("hello"), "x.txt")).toThrow(/neither GIFT/);
    expect(() => detectBankFormat(new Uint8Array([1, 0, 2]), "x.zip")).toThrow(/binary/);
  });

  it.skipIf(withoutShared)("imports Moodle's GIFT fixtures without a crash, quirks as warnings", () => {
    for (const f of ["moodle-gift-examples.gift.txt", "moodle-gift-test-fixture.gift.txt"]) {
      const r = importBank(fs.readFileSync(path.join(sharedInterop, f)), f, { passages: allPassages() });
      expect(r.format).toBe("gift");
      expect(r.questions.length + r.unmapped.length).toBeGreaterThan(0);
    }
  });

  it("names each export after the set", () => {
    expect(exportBank(set, "moodle").filename).toMatch(/-moodle\.xml$/);
    expect(exportBank(set, "qti21").type).toBe("application/zip");
  });
});
