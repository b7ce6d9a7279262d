// The pages of the app, found from the route tree (app/**/page.tsx), and how the pages bench fills their
// dynamic segments. A page added later is measured without anyone editing the bench; a new kind of dynamic
// segment needs one value in PARAM_VALUES (scripts/bench/page-routes.test.ts fails until it has one).
import fs from "node:fs";
import path from "node:path";

/** Every page route of `appDir` as a URL pattern ("/assignments/[assignmentId]/report"), sorted. */
export function discoverPages(appDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        // private folders (_x) and parallel-route slots (@x) are not URL segments of their own pages
        if (e.name.startsWith("_") || e.name.startsWith("@")) continue;
        // route groups "(auth)" do not appear in the URL
        const seg = /^\(.*\)$/.test(e.name) ? [] : [e.name];
        walk(path.join(dir, e.name), [...segments, ...seg]);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(e.name)) out.push("/" + segments.join("/"));
    }
  };
  walk(appDir, []);
  return out.sort();
}

/** The dynamic segments of a pattern, in order ("[assignmentId]" → "assignmentId"). */
export function dynamicSegments(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
}

/** The names of the seeded values every dynamic segment of the app is filled from. */
export const PARAM_VALUES = [
  "assignmentId",
  "questionId",
  "classId",
  "studentId",
  "slug",
  "code",
  "sessionId",
  "setId",
  "deepLinkId",
] as const;
export type ParamName = (typeof PARAM_VALUES)[number];

/** Pages that need another value than the default for a segment (the debate view needs a debate question). */
export const PARAM_OVERRIDES: Record<string, Partial<Record<ParamName, "debateQuestionId">>> = {
  "/assignments/[assignmentId]/questions/[questionId]/debate": { questionId: "debateQuestionId" },
};

export function fillPattern(pattern: string, values: Record<string, string>): string {
  const overrides = PARAM_OVERRIDES[pattern] ?? {};
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const key = (overrides as Record<string, string>)[name] ?? name;
    const v = values[key];
    if (v === undefined) throw new Error(`No seeded value for [${name}] in ${pattern}: add one to PARAM_VALUES`);
    return encodeURIComponent(v);
  });
}

/** A short name for the figures: "/assignments/[assignmentId]/report" → "assignments_x_report". */
export function pageKey(pattern: string): string {
  if (pattern === "/") return "home";
  return pattern
    .slice(1)
    .replace(/\[[^\]]+\]/g, "x")
    .replace(/[^a-zA-Z0-9]+/g, "_");
}
