import { describe, expect, it } from "vitest";
import { formatJoinCode, makeJoinCode, normalizeJoinCode } from "./join-code";
import { formatNotification, parseNotification } from "./notify-payload";
import { passageInContext } from "./passage-context";
import { applyLiveEvent } from "./reducer";
import { sseMessage, sseParser, type ParsedSse } from "./sse";
import { isLate, secondsLeft } from "./timer";
import type { LiveView } from "./types";

describe("join codes", () => {
  it("are six digits, typed however people type them", () => {
    expect(makeJoinCode(() => 42)).toBe("000042");
    expect(normalizeJoinCode(" 123-456 ")).toBe("123456");
    expect(normalizeJoinCode("123 45")).toBeNull();
    expect(normalizeJoinCode("12a456")).toBeNull();
    expect(formatJoinCode("123456")).toBe("123 456");
  });
});

describe("timer", () => {
  const start = new Date("2026-01-01T10:00:00Z");
  it("refuses answers only after the limit plus a second of grace", () => {
    expect(isLate(start, 30, new Date("2026-01-01T10:00:30.900Z"))).toBe(false);
    expect(isLate(start, 30, new Date("2026-01-01T10:00:31.100Z"))).toBe(true);
    expect(isLate(start, null, new Date("2027-01-01T00:00:00Z"))).toBe(false);
    expect(secondsLeft(start, 30, new Date("2026-01-01T10:00:10.500Z"))).toBe(20);
    expect(secondsLeft(start, 30, new Date("2026-01-01T10:05:00Z"))).toBe(0);
  });
});

describe("passage in context", () => {
  const para = { text: "One two three. The cited sentence is here. Four five six.", start: 100 };
  it("highlights the cited sentence inside its paragraph", () => {
    const c = passageInContext(para, { id: "s2", start: 115, end: 141, paragraph: 3, sentence: 2 }, "Essay");
    expect(c).toMatchObject({
      before: "One two three. ",
      highlight: "The cited sentence is here",
      label: "¶3 s2",
      essayTitle: "Essay",
    });
    expect(c.after).toBe(". Four five six.");
  });
  it("trims long context at word boundaries", () => {
    const long = { text: `${"word ".repeat(100)}TARGET${" more".repeat(100)}`, start: 0 };
    const at = long.text.indexOf("TARGET");
    const c = passageInContext(long, { id: "x", start: at, end: at + 6, paragraph: 1, sentence: 1 }, "E", 30);
    expect(c.before.startsWith("…")).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(31);
    expect(c.after.endsWith("…")).toBe(true);
    expect(c.highlight).toBe("TARGET");
  });
});

describe("SSE framing", () => {
  it("round-trips events split across chunks and skips heartbeats", () => {
    const got: ParsedSse[] = [];
    const feed = sseParser((e) => got.push(e));
    const text = `: heartbeat\n\n${sseMessage("7", "presence", { participants: 2 })}${sseMessage("8", "ended", { a: "x\ny" })}`;
    feed(text.slice(0, 25));
    feed(text.slice(25));
    expect(got).toEqual([
      { id: "7", event: "presence", data: '{"participants":2}' },
      { id: "8", event: "ended", data: '{"a":"x\\ny"}' },
    ]);
  });
});

describe("view reducer", () => {
  const lobby: LiveView = {
    state: "LOBBY",
    index: -1,
    total: 2,
    question: null,
    startedAt: null,
    timerSeconds: 20,
    participants: 0,
    reveal: null,
    tally: null,
    summary: null,
    lastEventId: "5",
  };
  const question = {
    id: "q1",
    type: "TRUE_FALSE" as const,
    prompt: "P",
    content: {},
    points: 1,
    passages: [],
    contexts: [],
    citable: [],
  };
  it("moves through question, tally, reveal and end, ignoring replays", () => {
    let v = applyLiveEvent(lobby, { id: "6", type: "presence", data: { participants: 3 } });
    expect(v.participants).toBe(3);
    expect(applyLiveEvent(v, { id: "4", type: "presence", data: { participants: 9 } })).toBe(v);
    v = applyLiveEvent(v, {
      id: "7",
      type: "question",
      data: { index: 0, total: 2, question, startedAt: "2026-01-01T00:00:00Z", timerSeconds: 20 },
    });
    expect(v).toMatchObject({ state: "QUESTION", index: 0, question: { id: "q1" } });
    v = applyLiveEvent(v, {
      id: "8",
      type: "tally",
      data: { index: 0, tally: { questionId: "q1", answered: 1, buckets: [] } },
    });
    expect(v.tally?.answered).toBe(1);
    v = applyLiveEvent(v, {
      id: "9",
      type: "reveal",
      data: {
        index: 0,
        reveal: {
          questionId: "q1",
          key: { correct: true },
          explanation: "",
          correctBucketIds: ["true"],
          correctText: "True",
        },
      },
    });
    expect(v.state).toBe("REVEAL");
    v = applyLiveEvent(v, {
      id: "10",
      type: "ended",
      data: { summary: { participants: 3, averagePercent: 50, questions: [] } },
    });
    expect(v).toMatchObject({ state: "ENDED", question: null, lastEventId: "10" });
  });
});

describe("NOTIFY payloads", () => {
  it("carry small events inline and only the id of large ones", () => {
    const small = formatNotification("s1", "42", "presence", { participants: 3 });
    expect(parseNotification(small)).toEqual({
      sessionId: "s1",
      id: 42n,
      row: { id: "42", sessionId: "s1", type: "presence", payload: { participants: 3 } },
    });
    const large = formatNotification("s1", "43", "question", { text: "é".repeat(5000) });
    expect(large).toBe("s1:43");
    expect(parseNotification(large)).toEqual({ sessionId: "s1", id: 43n, row: undefined });
    expect(parseNotification("garbage")).toBeNull();
  });
});
