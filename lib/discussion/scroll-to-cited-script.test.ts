import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SCROLL_TO_CITED, SCROLL_TO_CITED_HASH } from "./scroll-to-cited-script";

describe("the essay panel's inline script", () => {
  it("is allowed by a hash of its exact text", () => {
    const digest = createHash("sha256").update(SCROLL_TO_CITED, "utf8").digest("base64");
    expect(SCROLL_TO_CITED_HASH).toBe(`'sha256-${digest}'`);
  });
});
