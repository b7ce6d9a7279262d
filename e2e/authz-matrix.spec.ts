// Authorization matrix: every page and route handler found in app/ is requested by six real signed-in
// (or anonymous) sessions and must answer exactly as e2e/support/authz-table.ts says. A route file without a row,
// or a row without a route file, fails the first test, so a new route cannot ship unchecked. Uses the
// request API only (no browser): one APIRequestContext per role, signed in through next-auth's endpoint.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { request, type APIRequestContext, type APIResponse } from "@playwright/test";
import { fill, signIn } from "./support/authz-session";
import { expect, test } from "./support/fixtures";
import { routeFiles } from "./support/route-files";
import { ACTIONS, MATRIX, ROLES, seedAuthzFixture, type Fixture, type Outcome, type Role } from "./support/authz-table";

const APP = join(process.cwd(), "app");
// Not application routes: next-auth's own sign-in/sign-out/csrf endpoints (exercised by signIn below) and
// the load balancer's liveness probe, which is public by design and returns no data.
const SKIP = new Set(["/api/auth/[...nextauth]", "/api/health"]);

const appFiles = () => readdirSync(APP, { recursive: true, encoding: "utf8" }).map((f) => f.split("\\").join("/"));
const routeKinds = () => new Map([...routeFiles(SKIP)].map(([pattern, r]) => [pattern, r.kind]));

type Seen = { outcome: Outcome | "error"; status: number; body: string; via?: string };

/**
 * A refusal must be a real status (a 3xx to sign-in, a 404…). A page whose check ran only after it started
 * streaming (under a loading.tsx) would answer 200 and carry the redirect or 404 inside the HTML: that is
 * an "error" here, so every such check must sit in a layout above the loading boundary.
 */
function classify(status: number, location: string | undefined, body: string, isPage: boolean): Outcome | "error" {
  if (status >= 300 && status < 400)
    return /^(https?:\/\/[^/]+)?\/sign-in/.test(location ?? "")
      ? "signin"
      : /\/dashboard\?denied/.test(location ?? "")
        ? "forbidden"
        : "away";
  if (status === 401) return "signin";
  if (status === 403) return "forbidden";
  if (status === 404) return "notfound";
  if (status >= 400 && status < 500) return "refused";
  if (
    status >= 200 &&
    status < 300 &&
    isPage &&
    (/NEXT_REDIRECT;|http-equiv="refresh"/.test(body) || body.includes("NEXT_HTTP_ERROR_FALLBACK;404"))
  )
    return "error";
  return status >= 200 && status < 300 ? "ok" : "error";
}

const matches = (want: Outcome, got: Outcome | "error") =>
  want === got ||
  (want === "forbidden" && got === "notfound") ||
  (want === "refused" && (got === "forbidden" || got === "notfound"));

let fx: Fixture;
const ctx = {} as Record<Role, APIRequestContext>;

test.beforeAll(async ({}, info) => {
  info.setTimeout(120_000);
  const baseURL = info.project.use.baseURL!;
  fx = await seedAuthzFixture();
  ctx.anon = await request.newContext({ baseURL });
  for (const role of ROLES) if (role !== "anon") ctx[role] = await signIn(baseURL, fx.users[role].email);
});

test.afterAll(async () => {
  for (const c of Object.values(ctx)) await c.dispose();
});

test("every page and route handler in app/ (and pages/api/) has exactly one row in the matrix", () => {
  const files = [...routeKinds().keys()].sort();
  const rows = Object.keys(MATRIX).sort();
  expect
    .soft(
      files.filter((p) => !MATRIX[p]),
      "route files without a matrix row",
    )
    .toEqual([]);
  expect(
    rows.filter((p) => !files.includes(p)),
    "matrix rows for routes that no longer exist",
  ).toEqual([]);
});

async function hit(role: Role, pattern: string, kind: "page" | "route"): Promise<Seen> {
  const row = MATRIX[pattern]!;
  const url = fill(pattern, fx, row.params?.(fx));
  const method = row.method ?? "GET";
  if (row.stream) {
    // Server-Sent Events never end: read the status and headers, then abort.
    const cookie = (await ctx[role].storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const abort = new AbortController();
    const res = await fetch(new URL(url, test.info().project.use.baseURL), {
      headers: { cookie, accept: "text/event-stream" },
      redirect: "manual",
      signal: abort.signal,
    });
    const type = res.headers.get("content-type") ?? "";
    const body = res.ok ? "" : await res.text();
    abort.abort();
    if (res.ok) expect(type, `${role} ${url} content-type`).toContain("text/event-stream");
    return {
      outcome: classify(res.status, res.headers.get("location") ?? undefined, body, false),
      status: res.status,
      body,
    };
  }
  const options = { maxRedirects: 0, failOnStatusCode: false, ...(row.body ? { data: row.body(fx) } : {}) };
  const res: APIResponse =
    method === "GET"
      ? await ctx[role].get(url, options)
      : method === "PUT"
        ? await ctx[role].put(url, options)
        : await ctx[role].post(url, options);
  const body = await res.text();
  let outcome = classify(res.status(), res.headers().location, body, kind === "page");
  let via = "";
  // A page that sends the user elsewhere (e.g. an instructor from the student view to the presenter view)
  // is judged by where it lands: follow same-origin redirects, at most three.
  for (let n = 0, loc = res.headers().location; outcome === "away" && loc && n < 3; n++) {
    via += ` →${new URL(loc, "http://x").pathname.replace(/[^/]{16,}/g, "…")}`;
    const next = await ctx[role].get(loc, { maxRedirects: 0, failOnStatusCode: false });
    const nextBody = await next.text();
    outcome = classify(next.status(), next.headers().location, nextBody, true);
    loc = next.headers().location;
    if (outcome !== "away") return { outcome, status: next.status(), body: nextBody, via };
  }
  // Some pages answer a refusal with a 200 explaining it (no data of the class): count it as forbidden.
  if (outcome === "ok" && row.refusal && body.includes(row.refusal)) outcome = "forbidden";
  return { outcome, status: res.status(), body, via };
}

test("each role gets exactly what it may from every page and route handler", async () => {
  test.setTimeout(300_000);
  const files = routeKinds();
  const table: string[] = [];
  const failures: string[] = [];
  // Table order matters for the few rows whose owner request changes state (live control runs last).
  for (const [pattern, row] of Object.entries(MATRIX)) {
    const kind = files.get(pattern);
    if (!kind) continue; // reported by the file-tree test
    const cells: string[] = [];
    for (const role of ROLES) {
      const want = row.expect[role];
      const seen = await hit(role, pattern, kind);
      const good = matches(want, seen.outcome);
      const shown = (["key", "explanation", "answer", "classData"] as const).filter((m) =>
        seen.body.includes(fx.markers[m]),
      );
      for (const m of row.shows?.[role] ?? [])
        if (!shown.includes(m)) failures.push(`${pattern} as ${role}: expected the ${m} marker in the body (control)`);
      cells.push(
        `${good ? " " : "✗"}${seen.status} ${seen.outcome}${seen.via ? "*" : ""} ${shown.map((m) => m[0]!.toUpperCase()).join("")}`.padEnd(
          17,
        ),
      );
      if (!good)
        failures.push(
          `${row.method ?? "GET"} ${pattern} as ${role}: expected ${want}, got ${seen.status} (${seen.outcome})${seen.via ?? ""} ${seen.body.slice(0, 160).replace(/\s+/g, " ")}`,
        );
      // Nothing of class A (its assignments' titles) may reach anyone outside it, whatever the status.
      if (
        (role === "outsider" || role === "otherInstructor" || role === "anon") &&
        seen.body.includes(fx.markers.classData)
      )
        failures.push(`LEAK: ${pattern} as ${role} shows class A's assignment title`);
      if (seen.outcome === "ok" && role !== "owner") {
        // No one but the owning instructor may see the answer key, its explanation or rubric before the reveal.
        for (const m of [fx.markers.key, fx.markers.explanation])
          if (seen.body.includes(m))
            failures.push(`LEAK: ${pattern} as ${role} contains the answer key/explanation marker ${m}`);
        // Only the student who wrote it (and the owner) may see the first student's answer.
        if (role !== "student" && seen.body.includes(fx.markers.answer))
          failures.push(`LEAK: ${pattern} as ${role} contains the first student's answer`);
      }
    }
    table.push(`${`${row.method ?? "GET"} ${pattern}`.padEnd(66)} ${cells.join(" ")}`);
  }
  console.log(
    [
      "",
      `${"route (* = after following a redirect)".padEnd(66)} ${ROLES.map((r) => r.padEnd(17)).join(" ")}`,
      ...table,
      "",
    ].join("\n"),
  );
  expect(failures, "authorization matrix mismatches").toEqual([]);
});

// Server actions have no URL to request, so this part is a lighter STATIC check: every exported action in a
// "use server" file is listed in ACTIONS, is written through a role wrapper (server/http/server-action.ts:
// the role is its first word; publicAction only where signed-out visitors act), and passes the acting user
// to its server/ function (which authorizes and scopes its queries by that user; see docs/design.md).
test("every server action authorizes before calling its server function", () => {
  const PUBLIC = new Set(["signUpAction"]); // creating an account is what signed-out visitors do
  const files = appFiles().filter(
    (f) => /\.(ts|tsx)$/.test(f) && /^["']use server["']/m.test(readFileSync(join(APP, f), "utf8")),
  );
  expect(files.map((f) => `app/${f}`).sort(), "server action files").toEqual(Object.keys(ACTIONS).sort());
  for (const f of files) {
    const src = readFileSync(join(APP, f), "utf8");
    const exported = [...src.matchAll(/^export (?:async function (\w+)|const (\w+)\s*=)/gm)].map((m) => m[1] ?? m[2]!);
    const listed = ACTIONS[`app/${f}`]!;
    expect(exported.sort(), `exported actions of app/${f}`).toEqual(Object.keys(listed).sort());
    for (const name of exported) {
      const start = src.indexOf(`const ${name}`);
      const next = src.indexOf("\nexport ", start + 1);
      const body = src.slice(start, next < 0 ? undefined : next);
      const wrapper = /^const \w+\s*=\s*(admin|instructor|student|user|public)Action\(/.exec(body)?.[1];
      expect(
        wrapper,
        `${name} is written through a role wrapper (adminAction, instructorAction, studentAction, userAction)`,
      ).toBeDefined();
      expect(wrapper === "public", `${name} is public`).toBe(PUBLIC.has(name));
      const server = listed[name];
      if (server)
        expect(body, `${name} passes the acting user to ${server}`).toMatch(
          new RegExp(`\\b${server}\\(\\{[^}]*\\buser\\b`),
        );
    }
  }
});
