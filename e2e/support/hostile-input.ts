// The hostile inputs swept over every mutating route handler and every server action
// (e2e/hostile-input.spec.ts), and helpers to plant them into a valid request.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "./fixtures";
import { routeFiles } from "./route-files";

const tag = randomBytes(3).toString("hex");

/** Text a person may legitimately type: must be stored and shown back exactly (no escaping, no normalising). */
export const ACCEPTED_TEXT = {
  xss: `<script>alert("xss-${tag}")</script><img src=x onerror="alert('img-${tag}')"> & &amp; "quoted"`,
  sql: `Robert'); DROP TABLE "Post"; -- ' OR '1'='1 \\ ${tag}`,
  rtlEmoji: `مرحبا بالعالم שלום ‮reversed‬ 👩🏽‍🏫🇦🇫 ${tag}`,
  combining: `e\u0301 n\u0303 Z\u0351\u0352\u0353 \u1100\u1161\u11a8 ${tag}`,
};
export const NUL_TEXT = `before\u0000after ${tag}`;

/** A mutating route handler (a route.ts under app/api, or a file under pages/api): its pattern, its methods, whether it reads a body. */
export function mutatingRoutes(): { pattern: string; methods: string[]; readsBody: boolean }[] {
  return [...routeFiles(new Set(["/api/auth/[...nextauth]"]))]
    .filter(([pattern, r]) => r.kind === "route" && pattern.startsWith("/api/"))
    .map(([pattern, r]) => {
      const src = readFileSync(join(process.cwd(), r.file), "utf8");
      const methods = [
        ...src.matchAll(
          /^export (?:const|async function) (POST|PUT|PATCH|DELETE)\b|pagesApiRoute\("(POST|PUT|PATCH|DELETE)"/gm,
        ),
      ].map((m) => (m[1] ?? m[2])!);
      return {
        pattern,
        methods,
        readsBody: /\breadJson\(|\breadBytes\(|\breadNodeJson\(|\breq\.(json|text|formData|arrayBuffer)\(/.test(src),
      };
    })
    .filter((r) => r.methods.length > 0);
}

/** Copies `v` with every value under a key in `keys` (form fields and object properties, at any depth) set by `to`. */
export function plant(v: unknown, keys: string[], to: (old: unknown) => unknown): unknown {
  if (v instanceof FormData) {
    const out = new FormData();
    for (const [k, x] of v.entries()) out.append(k, keys.includes(k) ? (to(x) as string) : x);
    for (const k of keys) if (!v.has(k)) out.append(k, to(undefined) as string);
    return out;
  }
  if (Array.isArray(v)) return v.map((x) => plant(x, keys, to));
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keys.includes(k) ? to(x) : plant(x, keys, to)]));
  return v;
}

/** A value of another type than `v`, the way a hand-made request would send it. */
export function wrongType(v: unknown): unknown {
  if (typeof v === "string") return 12345;
  if (typeof v === "number" || typeof v === "boolean") return "not-a-number";
  if (v instanceof FormData) return "a string instead of a form";
  if (Array.isArray(v)) return { not: "a list" };
  if (v === null) return ["unexpected"];
  return "a string instead of an object";
}

/** Whether `text` is stored exactly in some column (or nested JSON string) of a row the users own. */
export async function storedExactly(text: string, userIds: string[]): Promise<boolean> {
  // Every table that holds typed text, scoped to the users' rows (authors, owners, graders, the accounts themselves).
  const rows = await sql<{ n: number }>(
    `SELECT (
       (SELECT count(*) FROM "User" r WHERE r.name = $1) +
       (SELECT count(*) FROM "Class" r WHERE r."instructorId" = ANY($2) AND r.name = $1) +
       (SELECT count(*) FROM "QuestionSet" r WHERE r."ownerId" = ANY($2) AND $1 IN (r.title, r.description)) +
       (SELECT count(*) FROM "Question" r JOIN "QuestionSet" s ON s.id = r."setId" WHERE s."ownerId" = ANY($2) AND (r.prompt = $1 OR r.explanation = $1 OR r.rubric = $1)) +
       (SELECT count(*) FROM "Essay" r WHERE r."ownerId" = ANY($2) AND $1 IN (r.title, r.author, r.source)) +
       (SELECT count(*) FROM "Assignment" r JOIN "Class" c ON c.id = r."classId" WHERE c."instructorId" = ANY($2) AND r.title = $1) +
       (SELECT count(*) FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId" WHERE (r."gradedById" = ANY($2) AND r.feedback = $1) OR (a."studentId" = ANY($2) AND jsonb_path_exists(r.answer, '$.** ? (@ == $v)', jsonb_build_object('v', $1::text)))) +
       (SELECT count(*) FROM "Post" r WHERE r."authorId" = ANY($2) AND r.body = $1) +
       (SELECT count(*) FROM "PostReport" r WHERE r."reporterId" = ANY($2) AND r.reason = $1) +
       (SELECT count(*) FROM "Annotation" r WHERE r."authorId" = ANY($2) AND r.body = $1) +
       (SELECT count(*) FROM "AnnotationReply" r WHERE r."authorId" = ANY($2) AND r.body = $1)
     )::int AS n`,
    [text, userIds],
  );
  return rows[0]!.n > 0;
}
