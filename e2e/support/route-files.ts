// Every page and route handler of the app, found in the file tree (so a new one cannot be forgotten by the
// authorization matrix or the hostile-input sweep): app/**/page.tsx and route.ts, plus pages/api/**, where the
// Pages Router serves the autosave (see server/autosave/pages-api-route.ts).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export type RouteFile = { kind: "page" | "route"; file: string };

const list = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => f.split("\\").join("/")) : [];

/** app/(auth)/sign-in/page.tsx → /sign-in; app/classes/[classId]/gradebook.csv/route.ts → /classes/[classId]/gradebook.csv */
function appPattern(file: string): string {
  const segments = file
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

/** Pattern → kind and source file (relative to the repository), skipping `skip` patterns. */
export function routeFiles(skip: Set<string> = new Set()): Map<string, RouteFile> {
  const found = new Map<string, RouteFile>();
  for (const f of list(join(process.cwd(), "app"))) {
    const kind = f.endsWith("/page.tsx") || f === "page.tsx" ? "page" : f.endsWith("/route.ts") ? "route" : null;
    const pattern = kind && appPattern(f);
    if (kind && pattern && !skip.has(pattern)) found.set(pattern, { kind, file: `app/${f}` });
  }
  // pages/api/x/[y].ts → /api/x/[y]
  for (const f of list(join(process.cwd(), "pages")).filter((f) => /^api\/.*\.tsx?$/.test(f))) {
    const pattern = "/" + f.replace(/\.tsx?$/, "").replace(/\/index$/, "");
    if (!skip.has(pattern)) found.set(pattern, { kind: "route", file: `pages/${f}` });
  }
  return found;
}
