import { describe, expect, it } from "vitest";
import { BATCH_SLACK_MS, MAX_BATCH_MS, clampBatch } from "./clamp-batch";

const none = new Map<string, number>();

describe("clampBatch", () => {
  it("counts an honest batch as claimed", () => {
    const r = clampBatch({ p1: 14_000, p2: 9_500 }, none, { sinceLastBatchMs: 15_000, sinceFirstOpenMs: 60_000 });
    expect(Object.fromEntries(r)).toEqual({ p1: 14_000, p2: 9_500 });
  });

  it("cuts each paragraph to the time since the last batch plus slack", () => {
    const r = clampBatch({ p1: 3_600_000, p2: 1_000 }, none, { sinceLastBatchMs: 10_000, sinceFirstOpenMs: 99_000 });
    expect(r.get("p1")).toBe(10_000 + BATCH_SLACK_MS);
    expect(r.get("p2")).toBe(1_000);
  });

  it("never counts more than one batch's worth after a long gap", () => {
    const r = clampBatch({ p1: 3_600_000 }, none, { sinceLastBatchMs: 8 * 3_600_000, sinceFirstOpenMs: 9 * 3_600_000 });
    expect(r.get("p1")).toBe(MAX_BATCH_MS);
  });

  it("keeps a paragraph's total within the time since the reading was opened", () => {
    const totals = new Map([["p1", 29_000]]);
    const r = clampBatch({ p1: 15_000 }, totals, { sinceLastBatchMs: 15_000, sinceFirstOpenMs: 30_000 });
    expect(r.get("p1")).toBe(30_000 + BATCH_SLACK_MS - 29_000);
  });

  it("drops negative, zero and fractional-only claims and counts a first batch as slack at most", () => {
    const r = clampBatch({ a: -5_000, b: 0, c: 0.4, d: 50_000 }, none, { sinceLastBatchMs: 0, sinceFirstOpenMs: 0 });
    expect(Object.fromEntries(r)).toEqual({ d: BATCH_SLACK_MS });
  });
});
