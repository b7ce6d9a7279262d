// readBytes, the body limit every route handler reads through: a body under the limit arrives whole; one over it
// is refused after at most the limit plus the drain (so the client sees the answer), however it is sent.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { readBytes } from "./route-handler";

const MB = 1024 * 1024;

/** A body of `total` bytes produced on demand, counting how much of it was pulled. */
function body(total: number, chunk = 64 * 1024) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled >= total) return c.close();
      pulled += chunk;
      c.enqueue(new Uint8Array(chunk).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}
const post = (stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request("http://app.test/api/x", { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
const refusal = () => new AppError("TOO_LARGE", "This file is too large for an import.");

describe("readBytes", () => {
  it("reads a body under the limit whole", async () => {
    const b = body(3 * MB);
    expect((await readBytes(post(b.stream), 5 * MB)).length).toBe(3 * MB);
  });

  it("stops reading a chunked body at the limit plus the drain, with the caller's refusal", async () => {
    const b = body(200 * MB);
    await expect(readBytes(post(b.stream), 20 * MB, refusal)).rejects.toThrow("too large for an import");
    expect(b.pulled()).toBeGreaterThan(20 * MB);
    expect(b.pulled()).toBeLessThanOrEqual(28 * MB + 128 * 1024);
  });

  it("refuses a declared length over the limit before reading any of it", async () => {
    const b = body(30 * MB);
    const err = await readBytes(post(b.stream, { "content-length": String(30 * MB) }), 20 * MB).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(413);
    expect(b.pulled()).toBeLessThanOrEqual(64 * 1024);
  });
});
