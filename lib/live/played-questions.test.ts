import { describe, expect, it } from "vitest";
import { playedQuestionCount } from "./played-questions";

describe("playedQuestionCount", () => {
  it("counts every question of a self-paced assignment", () => {
    expect(playedQuestionCount({ mode: "SELF_PACED", liveSessions: [] }, 17)).toBe(17);
  });
  it("counts every question of a live assignment never run", () => {
    expect(playedQuestionCount({ mode: "LIVE", liveSessions: [] }, 17)).toBe(17);
  });
  it("counts only the questions a session reached when it ended early", () => {
    expect(playedQuestionCount({ mode: "LIVE", liveSessions: [{ currentIndex: 1 }] }, 17)).toBe(2);
    expect(playedQuestionCount({ mode: "LIVE", liveSessions: [{ currentIndex: 1 }, { currentIndex: 4 }] }, 17)).toBe(5);
  });
  it("counts none for a session ended in the lobby, all for one that ran to the end", () => {
    expect(playedQuestionCount({ mode: "LIVE", liveSessions: [{ currentIndex: -1 }] }, 17)).toBe(0);
    expect(playedQuestionCount({ mode: "LIVE", liveSessions: [{ currentIndex: 16 }] }, 17)).toBe(17);
  });
});
