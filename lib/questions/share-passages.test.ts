import { describe, expect, it } from "vitest";
import type { PassageRef } from "./public-question";
import { sharePassages } from "./share-passages";

const p = (id: string, text = `Sentence ${id}.`): PassageRef => ({
  id,
  essaySlug: "e",
  essayTitle: "E",
  paragraph: 1,
  sentence: Number(id.slice(1)),
  text,
});

describe("sharePassages", () => {
  it("makes a repeated passage one object across questions and the citable list", () => {
    const { questions, citable } = sharePassages(
      [{ passages: [p("s1")] }, { passages: [p("s1"), p("s2")] }],
      [p("s1"), p("s2"), p("s3")],
    );
    expect(questions[1]!.passages[0]).toBe(questions[0]!.passages[0]);
    expect(citable[0]).toBe(questions[0]!.passages[0]);
    expect(citable[1]).toBe(questions[1]!.passages[1]);
    expect(citable.map((x) => x.id)).toEqual(["s1", "s2", "s3"]);
  });

  it("keeps a blanked copy apart from the full sentence", () => {
    const blanked = p("s1", "The ____ said so.");
    const { questions, citable } = sharePassages([{ passages: [blanked] }, { passages: [p("s1")] }], [p("s1")]);
    expect(questions[0]!.passages[0]!.text).toBe("The ____ said so.");
    expect(questions[1]!.passages[0]!.text).toBe("Sentence s1.");
    expect(citable[0]!.text).toBe("Sentence s1.");
  });
});
