import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importQti } from "./qti/import-package";
import { InteropError } from "./model";
import { checkUpload, MAX_UPLOAD_BYTES, safeUnzip } from "./upload";
import { parseXml } from "./xml";

const item = `<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x" title="x"><qti-item-body><p>x</p></qti-item-body></qti-assessment-item>`;

/** A zip whose single entry claims `size` bytes uncompressed: the central directory is what we check. */
function zipClaiming(name: string, data: Uint8Array) {
  return zipSync({ [name]: [data, { level: 9 }] });
}

describe("bad input is refused with a clear message", () => {
  it("a zip bomb (huge, highly compressed entry)", () => {
    const bomb = zipClaiming("items/a.xml", new Uint8Array(30 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => importQti(bomb, "bank.zip")).toThrow(/zip bomb|MB/);
  });

  it("too many entries", () => {
    const files = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`f${i}.xml`, strToU8("<a/>")]));
    expect(() => safeUnzip(zipSync(files))).toThrow(/more than 2000 entries/);
  });

  it("a ratio far beyond real XML even under the size caps", () => {
    const z = zipClaiming("a.xml", new Uint8Array(5 * 1024 * 1024));
    expect(() => safeUnzip(z)).toThrow(/compressed \d+ to 1/);
  });

  it.each(["../x.xml", "/etc/passwd", "items/../../x.xml", "a\\..\\b.xml", "C:/x.xml"])(
    "a path-traversal entry %s",
    (name) => {
      expect(() => safeUnzip(zipSync({ [name]: strToU8(item) }))).toThrow(InteropError);
      expect(() => safeUnzip(zipSync({ [name]: strToU8(item) }))).toThrow(/unsafe path/);
    },
  );

  it("an external entity (XXE) or any DOCTYPE", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><qti-assessment-item identifier="x">&xxe;</qti-assessment-item>`;
    expect(() => importQti(strToU8(xxe), "item.xml")).toThrow(/DOCTYPE/);
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>`;
    expect(() => parseXml(laughs)).toThrow(/DOCTYPE/);
  });

  it("malformed XML", () => {
    expect(() => importQti(strToU8("<qti-assessment-item><p></qti-assessment-item>"), "item.xml")).toThrow(
      /not well-formed/,
    );
  });

  it("a 50 MB file", () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    big[0] = 0x3c;
    expect(() => checkUpload(big, "bank.xml")).toThrow(
      new RegExp(`50\\.0 MB; the most one import takes is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`),
    );
  });

  it("a file that is not what its name says", () => {
    expect(() => checkUpload(strToU8("::Q1:: 2+2 {=4 ~5}"), "bank.zip")).toThrow(
      /named \.zip but its content is plain text/,
    );
    expect(() => checkUpload(zipSync({ "a.xml": strToU8(item) }), "bank.xml")).toThrow(
      /named \.xml but its content is a zip/,
    );
    expect(() => checkUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "bank.gift")).toThrow(/binary/);
    expect(() => checkUpload(new Uint8Array([0x3a, 0x3a, 0xff, 0xfe, 0x41]), "bank.gift")).toThrow(/not UTF-8/);
  });

  it("a well-formed zip still reads", () => {
    expect([...safeUnzip(zipSync({ "dir/a.xml": strToU8(item) })).keys()]).toEqual(["dir/a.xml"]);
  });
});
