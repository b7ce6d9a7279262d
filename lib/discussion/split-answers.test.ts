import { describe, expect, it } from "vitest";
import { shareOf, splitAnswers } from "./split-answers";
import type { AnswerView } from "./view-types";

const answer = (label: string, over: Partial<AnswerView> = {}): AnswerView => ({
  responseId: `r-${label}`,
  author: { label, mine: false, instructor: false },
  text: null,
  stanceId: null,
  citations: [],
  reactions: [],
  posts: [],
  ...over,
});

describe("splitAnswers", () => {
  it("keeps cards for those who wrote, cited or have a thread, and names the rest", () => {
    const wrote = answer("Amy", { text: "Because of the border." });
    const cited = answer("Ben", {
      citations: [{ id: "c", passageId: "p", essayId: "e", label: "¶1 s1", passageText: "x", quote: null }],
    });
    const thread = answer("Chen", { posts: [{ id: "p1" } as AnswerView["posts"][number]] });
    const silent = [answer("Dana"), answer("Eli", { text: "   " })];
    const { cards, silent: names } = splitAnswers([wrote, silent[0]!, cited, thread, silent[1]!]);
    expect(cards.map((c) => c.author.label)).toEqual(["Amy", "Ben", "Chen"]);
    expect(names.map((n) => n.label)).toEqual(["Dana", "Eli"]);
  });

  it("always gives the viewer a card for their own answer", () => {
    const mine = answer("You", { author: { label: "You", mine: true, instructor: false } });
    expect(splitAnswers([mine]).cards).toEqual([mine]);
  });
});

describe("shareOf", () => {
  it("rounds to whole percents and survives an empty discussion", () => {
    expect(shareOf(1, 3)).toBe("33%");
    expect(shareOf(23, 23)).toBe("100%");
    expect(shareOf(0, 0)).toBe("0%");
  });
});
