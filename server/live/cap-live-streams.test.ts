import { describe, expect, it } from "vitest";
import { capLiveStreams, MAX_STREAMS_PER_ACCOUNT } from "./cap-live-streams";

describe("capLiveStreams", () => {
  it("closes the oldest streams of an account past the cap, and only theirs", () => {
    const closed: number[] = [];
    const other = capLiveStreams("u2", "s1", () => closed.push(-1));
    const releases = Array.from({ length: MAX_STREAMS_PER_ACCOUNT + 2 }, (_, i) =>
      capLiveStreams("u1", "s1", () => closed.push(i)),
    );
    expect(closed).toEqual([0, 1]);
    // A stream that ended frees its place: the next one closes nothing.
    releases[6]!();
    capLiveStreams("u1", "s1", () => closed.push(99));
    expect(closed).toEqual([0, 1]);
    // Another live session of the same account has its own count.
    capLiveStreams("u1", "s2", () => closed.push(100));
    expect(closed).toEqual([0, 1]);
    other();
  });
});
