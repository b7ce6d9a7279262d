import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverPages, dynamicSegments, fillPattern, PARAM_VALUES, pageKey } from "./page-routes";

const appDir = path.resolve(import.meta.dirname, "../../app");

describe("the pages bench's page list", () => {
  const pages = discoverPages(appDir);

  it("is the route tree: every app/**/page.tsx, route groups left out of the URL", () => {
    expect(pages).toContain("/");
    expect(pages).toContain("/sign-in"); // app/(auth)/sign-in/page.tsx
    expect(pages).toContain("/assignments/[assignmentId]/questions/[questionId]/discussion");
    expect(pages.some((p) => p.includes("("))).toBe(false);
  });

  it("has a seeded value for every dynamic segment of every page", () => {
    const known = new Set<string>(PARAM_VALUES);
    for (const p of pages) for (const seg of dynamicSegments(p)) expect(known, `[${seg}] in ${p}`).toContain(seg);
    const values = Object.fromEntries([...PARAM_VALUES, "debateQuestionId"].map((k) => [k, `v-${k}`]));
    for (const p of pages) expect(fillPattern(p, values)).not.toMatch(/\[|\]/);
  });

  it("gives each page its own figure name", () => {
    expect(new Set(pages.map(pageKey)).size).toBe(pages.length);
  });
});
