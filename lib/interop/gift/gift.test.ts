import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import { parseQuestion } from "@/lib/questions/typed-question";
import { allPassages, builtinInteropSets, sharedInterop, withoutShared } from "../test-support/builtin-sets";
import { exportGift } from "./export-gift";
import { importGift } from "./import-gift";

const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(sharedInterop, f)));

describe("GIFT import of Moodle's own files", () => {
  it.skipIf(withoutShared)("imports every example question it can map and says why for the rest", () => {
    const r = importGift(read("moodle-gift-examples.gift.txt"), "examples.gift");
    expect(r.questions.length).toBeGreaterThan(20);
    expect(r.questions.length + r.unmapped.length).toBeGreaterThanOrEqual(43);
    for (const u of r.unmapped) expect(u.reason).toMatch(/no equivalent|syntax|Not a valid/);
  });

  it.skipIf(withoutShared)(
    "imports Moodle's test fixture (CRLF, a duplicate name, a stray `\";`) without a crash, with warnings",
    () => {
      const bytes = read("moodle-gift-test-fixture.gift.txt");
      expect(Buffer.from(bytes).includes("\r\n")).toBe(true);
      const r = importGift(bytes, "fixture.txt");
      const warnings = r.questions.flatMap((q) => q.warnings);
      expect(warnings).toContain("Stray characters after the answer block were ignored.");
      expect(warnings.some((w) => /also named “2-08 TSL”/.test(w))).toBe(true);
      const tf = r.questions.filter((q) => q.source.includes("2-08 TSL"));
      expect(tf.map((q) => q.question.type)).toEqual(["TRUE_FALSE", "TRUE_FALSE"]);
      const q1 = r.questions.find((q) => q.source.includes("“Q1”"))!;
      expect(q1.question.answerKey).toEqual({ correct: false });
      expect(q1.question.explanation).toContain("Hitchiker");
      expect(r.unmapped.length).toBeGreaterThan(0); // the numerical and matching questions
    },
  );

  it("refuses a file that is not text", () => {
    expect(() => importGift(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "bank.gift")).toThrow(
      /named \.gift but its content is a zip/,
    );
  });

  it("reports a broken question and keeps the others", () => {
    const r = importGift(strToU8("::A:: 2+2? {=4 ~5}\n\n::B:: broken {=x ~y\n\n::C:: Sky is blue {T}\n"), "bank.gift");
    expect(r.questions.map((q) => q.question.type)).toEqual(["SINGLE_CHOICE", "TRUE_FALSE"]);
    expect(r.unmapped[0]!.reason).toMatch(/GIFT syntax error/);
  });
});

describe("GIFT round trip of the built-in sets keeps what GIFT can hold", () => {
  const passages = allPassages();
  it.each(builtinInteropSets().map((s) => [s.title, s] as const))("%s", (_t, set) => {
    const r = importGift(strToU8(exportGift(set)), "set.gift", { passages });
    expect(r.unmapped).toEqual([]);
    expect(r.questions).toHaveLength(set.questions.length);
    r.questions.forEach((got, i) => {
      const want = set.questions[i]!;
      const q = got.question;
      expect(q.passageIds.sort(), want.prompt).toEqual([...want.passageIds].sort());
      expect(q.explanation).toBe(want.explanation);
      const expectedType = { ATTRIBUTION: "SINGLE_CHOICE", DEBATE: "SHORT_ANSWER" }[want.type as string] ?? want.type;
      expect(q.type).toBe(expectedType);
      if (want.type === "CLOZE") expect(q.content).toEqual(want.content);
      if (want.type !== "CLOZE") expect(q.prompt).toBe(want.prompt);
      if (["SINGLE_CHOICE", "MULTIPLE_SELECT", "TRUE_FALSE", "EVIDENCE", "CLOZE"].includes(want.type)) {
        // Choices by text (GIFT makes its own ids) and the key as those texts.
        const texts = (x: typeof q) => {
          const t = parseQuestion({ type: x.type, content: x.content, answerKey: x.answerKey });
          switch (t.type) {
            case "SINGLE_CHOICE":
            case "MULTIPLE_SELECT": {
              const byId = new Map(t.content.choices.map((ch) => [ch.id, ch.text]));
              const k = t.answerKey.correct;
              const correct = Array.isArray(k) ? k.map((id) => byId.get(id) ?? id) : (byId.get(k) ?? k);
              return { choices: t.content.choices.map((ch) => ch.text), correct, accepted: undefined };
            }
            case "TRUE_FALSE":
            case "EVIDENCE":
              return { choices: undefined, correct: t.answerKey.correct, accepted: undefined };
            case "CLOZE":
              return { choices: undefined, correct: undefined, accepted: t.answerKey.accepted };
            default:
              return { type: t.type };
          }
        };
        expect(texts(q)).toEqual(texts(want));
      }
      if (want.type === "ORDERING") {
        const items = (x: typeof q) => {
          const t = parseQuestion({ type: x.type, content: x.content, answerKey: x.answerKey });
          if (t.type !== "ORDERING") return t.type;
          const byId = new Map(t.content.items.map((it) => [it.id, it.text]));
          return t.answerKey.order.map((id) => byId.get(id));
        };
        expect(items(q)).toEqual(items(want));
      }
    });
  });
});

describe("pictures in a GIFT question", () => {
  it("are left out with a warning that quotes their description", () => {
    const r = importGift(
      strToU8(
        '::Sign:: [html]<p>What does the sign say?</p><img src\\="@@PLUGINFILE@@/sign.png" alt\\="No entry"> {=Stop ~Go}\n',
      ),
      "bank.gift",
    );
    expect(r.questions[0]!.warnings).toContain(
      "The question text had a picture (“No entry”), which we leave out: describe it in the question before saving, or students may not be able to answer.",
    );
  });
});
