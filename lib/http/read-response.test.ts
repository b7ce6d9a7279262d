import { describe, expect, it } from "vitest";
import { readResponse } from "./read-response";

const json = (body: unknown, status = 400) => Response.json(body, { status });

describe("readResponse", () => {
  it("reads a route's error and its own fields", async () => {
    expect(await readResponse(json({ error: "Closed.", code: "CLOSED" }))).toEqual({
      error: "Closed.",
      code: "CLOSED",
    });
    expect(await readResponse(json({ ok: true, clientSeq: 4 }, 200))).toEqual({ ok: true, clientSeq: 4 });
    expect(await readResponse(json({ error: "Fix it.", fieldErrors: { reason: "Say why." } }))).toEqual({
      error: "Fix it.",
      fieldErrors: { reason: "Say why." },
    });
  });

  it("reads a field of the wrong kind as missing, and a body that is not JSON as empty", async () => {
    expect(await readResponse(json({ error: 42, clientSeq: "4" }))).toEqual({});
    expect(await readResponse(new Response("<html>Bad gateway</html>", { status: 502 }))).toEqual({});
    expect(await readResponse(json(null))).toEqual({});
    expect(await readResponse(json(["error"]))).toEqual({});
  });
});

describe("readResponse's field checks", () => {
  it("drops field errors that are not all strings, and keeps the rest", async () => {
    expect(await readResponse(json({ error: "Fix it.", fieldErrors: { a: "ok", b: 3 } }))).toEqual({
      error: "Fix it.",
    });
    expect(await readResponse(json({ fieldErrors: ["a"] }))).toEqual({});
    expect(await readResponse(json({ clientSeq: "7", code: null, extra: [1] }, 200))).toEqual({ extra: [1] });
  });
});
