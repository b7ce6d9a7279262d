import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQuestion } from "@/lib/questions/typed-question";
import { allPassages, builtinInteropSets, sharedInterop, withoutShared } from "../test-support/builtin-sets";
import { exportQtiPackage, qtiPackageFiles } from "./export-package";
import { importQti } from "./import-package";

const sets = builtinInteropSets();
const passages = allPassages();
const comparable = (q: {
  type: string;
  prompt: string;
  content: unknown;
  answerKey: unknown;
  explanation: string;
  points?: number;
  rubric?: string | null;
  passageIds: string[];
}) => ({
  type: q.type,
  prompt: q.prompt,
  content: q.content,
  answerKey: q.answerKey,
  explanation: q.explanation,
  points: q.points ?? 1,
  rubric: q.rubric ?? null,
  passageIds: [...q.passageIds].sort(),
});

describe.each(["qti3", "qti21"] as const)("%s export → import", (dialect) => {
  it.each(sets.map((s) => [s.title, s] as const))("round-trips %s exactly", (_t, set) => {
    const result = importQti(exportQtiPackage(set, dialect), "set.zip", { passages });
    expect(result.format).toBe(dialect);
    expect(result.unmapped).toEqual([]);
    expect(result.questions.map((q) => comparable(q.question))).toEqual(set.questions.map(comparable));
    expect(result.questions.flatMap((q) => q.warnings)).toEqual([]);
    if (dialect === "qti3") expect(result.stimuli.map((s) => s.title)).toEqual(set.essays.map((e) => e.title));
  });
});

const XSD = path.join(sharedInterop, "xsd");
function xmllint(dir: string, schema: string, files: string[]) {
  try {
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", path.join(XSD, schema), ...files], {
      cwd: dir,
      stdio: "pipe",
    });
  } catch (e) {
    throw new Error(
      String(e instanceof Error && "stderr" in e ? e.stderr : e)
        .split("\n")
        .filter((l) => /error|fails/.test(l))
        .join("\n"),
    );
  }
}

describe.skipIf(withoutShared)("exports validate against the published schemas (xmllint)", () => {
  // One xmllint run per schema for all sets: compiling the 1 MB QTI 3 schema is most of the cost.
  it.each(["qti3", "qti21"] as const)(
    "%s: every item, stimulus, test and manifest of every built-in set",
    (dialect) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qti-"));
      const content: string[] = [];
      const manifests: string[] = [];
      sets.forEach((set, i) => {
        for (const [name, xml] of qtiPackageFiles(set, dialect)) {
          const file = path.join(String(i), name);
          fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          fs.writeFileSync(path.join(dir, file), xml);
          (name === "imsmanifest.xml" ? manifests : content).push(file);
        }
      });
      try {
        xmllint(
          dir,
          dialect === "qti3" ? "qtiv3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd" : "qtiv2p1/imsqti_v2p1.xsd",
          content,
        );
        xmllint(dir, dialect === "qti3" ? "qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd" : "imscp_v1p1.xsd", manifests);
      } finally {
        fs.rmSync(dir, { recursive: true });
      }
    },
    180_000,
  );
});

describe.skipIf(withoutShared)("imports other tools' QTI 3", () => {
  const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(sharedInterop, p)));
  it.each([
    ["qti3/choice.xml", "SINGLE_CHOICE"],
    ["qti3/choice_multiple.xml", "MULTIPLE_SELECT"],
    ["qti3/order.xml", "ORDERING"],
    ["qti3/text_entry.xml", "CLOZE"],
    ["qti3/inline_choice.xml", "CLOZE"],
    ["qti3/extended_text_rubric.xml", "SHORT_ANSWER"],
    ["qti3/hottext.xml", "SINGLE_CHOICE"],
  ])("%s becomes %s", (file, type) => {
    const r = importQti(read(file), path.basename(file));
    expect(r.unmapped).toEqual([]);
    expect(r.questions[0]!.question.type).toBe(type);
  });

  it("replaces identifiers that letter the choices in authored order (ChoiceA, ChoiceB…) with opaque ones, key kept", () => {
    const q = importQti(read("qti3/choice.xml"), "choice.xml").questions[0]!.question;
    const t = parseQuestion(q);
    if (t.type !== "SINGLE_CHOICE") throw new Error(`expected a single choice, got ${t.type}`);
    const choices = t.content.choices;
    const keyId = t.answerKey.correct;
    for (const c of choices) expect(c.id).toMatch(/^c[0-9a-f]{9}$/);
    // The reference item's key is its first choice, ChoiceA.
    expect(choices.findIndex((c) => c.id === keyId)).toBe(0);
  });

  it("says that the luggage item's picture, which its question is about, was left out", () => {
    const r = importQti(read("qti3/choice.xml"), "choice.xml");
    expect(r.questions[0]!.warnings).toContain(
      "The question text had a picture (“NEVER LEAVE LUGGAGE UNATTENDED”), which we leave out: describe it in the question before saving, or students may not be able to answer.",
    );
  });

  it("reads the Beginner's Guide package, reporting items it cannot map", () => {
    const r = importQti(read("qti3-packages/BegGuide_March2025.zip"), "BegGuide.zip");
    expect(r.questions.length + r.unmapped.length).toBe(6);
    for (const u of r.unmapped) expect(u.reason.length).toBeGreaterThan(10);
  });

  it("reads the englishBasicLevelV2 package as a zip", () => {
    const r = importQti(read("qti3-packages/englishBasicLevelV2/englishBasicLevelV2.zip"), "english.zip");
    expect(r.questions.length).toBeGreaterThan(10);
    expect(r.questions.length + r.unmapped.length).toBeGreaterThanOrEqual(50);
  });
});
