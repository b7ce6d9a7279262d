// Hostile-input sweep: every mutating route handler (found in app/api and pages/api) and every server action (found in
// the build) gets oversized bodies, malformed JSON, wrong types, NUL bytes, and text full of markup, SQL,
// right-to-left script, emoji and combining marks. A refusal must be a 4xx with a human message (routes:
// JSON {error}; actions: their returned error state) and leave every row the fixture's users own untouched;
// text a person may type must be stored exactly; nothing may answer with a 500. The valid request each
// case starts from is the authorization matrix's (routes) or ACTION_MATRIX's (actions), so a new endpoint
// is swept as soon as it has its row there.
import {
  ACTION_MATRIX,
  actionWorld,
  classifyAction,
  form,
  questionInput,
  type ActionCtx,
} from "./support/authz-actions";
import { fill } from "./support/authz-session";
import { MATRIX, type Role } from "./support/authz-table";
import { changedTables, fingerprint } from "./support/db-fingerprint";
import { expect, test } from "./support/fixtures";
import { ACCEPTED_TEXT, mutatingRoutes, NUL_TEXT, plant, storedExactly, wrongType } from "./support/hostile-input";
import { callAction, loadActions, type ActionResponse } from "./support/server-actions";

// Typed text fields of each route's body (others are ids and enums: refusing hostile text there is fine).
const ROUTE_TEXT: Record<string, string[]> = {
  "/api/posts": ["body"],
  "/api/posts/[postId]/report": ["reason"],
  "/api/posts/debate-answers": ["text"],
  "/api/attempts/[attemptId]/responses/[questionId]": ["text"],
};
const SWEEP_ORDER: Role[] = ["owner", "student", "student2", "otherInstructor", "outsider", "anon"];

const w = actionWorld();

const snapshot = () => fingerprint(w.users(), `%${w.ax.signUpTag}%`);
/** A message a person can act on: a sentence, not a stack trace, a driver error or a bare code. */
const human = (m: unknown) =>
  typeof m === "string" &&
  m.length >= 10 &&
  /[a-z]{3}/.test(m) &&
  !/prisma|TypeError|undefined|stack|\bat \w+ \(|digest|P\d{4}|^Invalid (input|option)|expected \w+, received/i.test(m);
const stringKeys = (v: unknown): string[] =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.entries(v).flatMap(([k, x]) => (typeof x === "string" ? [k] : stringKeys(x)))
    : [];

type Want = "refused" | "stored" | "either";

test("every mutating route handler refuses hostile input with a 4xx and a message, and stores typed text exactly", async ({}, info) => {
  test.setTimeout(300_000);
  const routes = mutatingRoutes();
  expect(routes.length, "mutating routes found in app/api and pages/api").toBeGreaterThan(5);
  const failures: string[] = [];
  const lines: string[] = [];
  let seq = 2000;
  for (const { pattern, methods, readsBody } of routes) {
    const row = MATRIX[pattern];
    if (!row) {
      failures.push(`${pattern}: no row in MATRIX (e2e/support/authz-table.ts), so no valid request to start from`);
      continue;
    }
    const role = SWEEP_ORDER.find((r) => row.expect[r] === "ok") ?? "student";
    const url = new URL(fill(pattern, w.fx, row.params?.(w.fx)), info.project.use.baseURL).href;
    const method = row.method && row.method !== "GET" ? row.method : methods[0]!;
    // A route whose body is a file (the bank upload) starts from an empty object: every case below is then
    // JSON, which it must refuse (only the raw file, as application/octet-stream, is its input).
    const valid = row.body?.(w.fx);
    const base = (valid instanceof Uint8Array ? {} : (valid ?? {})) as Record<string, unknown>;
    const text = ROUTE_TEXT[pattern] ?? [];
    // Saves carry a per-answer counter: each case sends a newer one, so an accepted save is really applied.
    const fresh = (b: unknown) =>
      b && typeof b === "object" && typeof (b as { clientSeq?: unknown }).clientSeq === "number"
        ? { ...b, clientSeq: ++seq }
        : b;
    const json = (b: unknown) => JSON.stringify(fresh(b));
    // A handler that reads no body (submit, dismiss) may ignore whatever is sent; it must still not fail or write on refusal.
    const bodyCase: Want = readsBody ? "refused" : "either";
    const cases: { name: string; body: string; want: Want; text?: string }[] = [
      { name: "oversized body (1.1 MB)", body: json({ ...base, padding: "x".repeat(1_100_000) }), want: bodyCase },
      { name: "malformed JSON", body: `${json(base).slice(0, -1)},"unterminated": `, want: bodyCase },
      {
        name: "raw NUL byte",
        body: json(base).replace(/}$/, (end, at: number) => `${at > 1 ? "," : ""}"note":"a\u0000b"${end}`),
        want: bodyCase,
      },
      ...stringKeys(base).map((k) => ({
        name: `NUL (\\u0000) in ${k}`,
        body: json(plant(base, [k], () => NUL_TEXT)),
        want: "refused" as Want,
      })),
      { name: "body is a list", body: "[]", want: "either" },
      { name: "body is null", body: "null", want: "either" },
      ...Object.keys(base).map((k) => ({
        name: `wrong type for ${k}`,
        body: json({ ...base, [k]: wrongType(base[k]) }),
        want: "either" as Want,
      })),
      ...Object.entries(ACCEPTED_TEXT).flatMap(([kind, t]) =>
        stringKeys(base).map((k) => ({
          name: `${kind} in ${k}`,
          body: json(plant(base, [k], () => t)),
          want: (text.includes(k) && row.expect[role] === "ok" ? "stored" : "either") as Want,
          text: t,
        })),
      ),
    ];
    for (const c of cases) {
      const before = await snapshot();
      // A Buffer, because Playwright JSON-encodes a string body sent as application/json.
      const res = await w.ctx[role].fetch(url, {
        method,
        data: Buffer.from(c.body),
        headers: { "content-type": "application/json" },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const raw = await res.text();
      const changed = changedTables(before, await snapshot());
      let error: unknown;
      try {
        error = (JSON.parse(raw) as { error?: unknown }).error;
      } catch {
        error = undefined;
      }
      const status = res.status();
      const problems: string[] = [];
      if (status >= 500) problems.push(`answered ${status}`);
      if (status >= 400 && status < 500) {
        if (!human(error)) problems.push(`${status} without a human JSON {error}: ${raw.slice(0, 120)}`);
        if (changed.length) problems.push(`refused but changed ${changed.join(", ")}`);
      }
      if (c.want === "refused" && (status < 400 || status >= 500)) problems.push(`expected a 4xx, got ${status}`);
      if (c.want === "stored") {
        if (status >= 300) problems.push(`typed text refused: ${status} ${raw.slice(0, 120)}`);
        else if (!(await storedExactly(c.text!, w.users()))) problems.push("stored text differs from what was sent");
      }
      lines.push(
        `${problems.length ? "✗" : " "} ${`${method} ${pattern}`.padEnd(58)} as ${role.padEnd(8)} ${c.name.padEnd(30)} ${status} ${String(error ?? "").slice(0, 70)}`,
      );
      for (const p of problems) failures.push(`${method} ${pattern} as ${role}, ${c.name}: ${p}`);
    }
  }
  console.log(["", ...lines, ""].join("\n"));
  expect(failures, "hostile-input mismatches on route handlers").toEqual([]);
});

test("every server action refuses hostile input with its error state, and stores typed text exactly", async ({}, info) => {
  test.setTimeout(300_000);
  const actions = loadActions();
  const failures: string[] = [];
  const lines: string[] = [];
  let seq = 0;
  for (const [key, ref] of actions) {
    const row = ACTION_MATRIX[key];
    if (!row) {
      failures.push(`${key}: no row in ACTION_MATRIX (e2e/support/authz-actions.ts), so no valid call to start from`);
      continue;
    }
    // An action no role completes in the fixture (one that needs a reachable LMS) is swept as its owner: the
    // argument checks that hostile input meets come before the LMS is asked.
    const role = SWEEP_ORDER.find((r) => row.expect[r] === "ok") ?? "owner";
    const c = (): ActionCtx => ({ f: w.fx, a: w.ax, role, seq: ++seq });
    const url = new URL(
      fill(ref.page, w.fx, { code: w.ax.joinClass.code, ...row.params?.(c()) }),
      info.project.use.baseURL,
    ).href;
    const text = row.text ?? [];
    const base = row.args(c());
    const firstString = base.findIndex((a) => typeof a === "string");
    const cases: { name: string; args: () => unknown[]; want: Want | "transport"; text?: string }[] = [
      // Next refuses a body over its 1 MB limit before the action runs (a 500 with a digest: the client shows the
      // error page). The forms never send that much (the import form checks the size first); nothing may be written.
      { name: "body over Next's 1 MB limit", args: () => [...row.args(c()), "x".repeat(1_100_000)], want: "transport" },
      ...(text.length
        ? [
            {
              name: "100,000 characters in each text field",
              args: () => plant(row.args(c()), text, () => "y".repeat(100_000)) as unknown[],
              want: "either" as Want,
            },
          ]
        : []),
      ...(text.length
        ? [
            {
              name: "NUL in each text field",
              args: () => plant(row.args(c()), text, () => NUL_TEXT) as unknown[],
              want: "refused" as Want,
            },
          ]
        : firstString >= 0
          ? [
              {
                name: `NUL in argument ${firstString}`,
                args: () => row.args(c()).map((a, i) => (i === firstString ? `${a}\u0000` : a)),
                want: "refused" as Want,
              },
            ]
          : []),
      // A file where text is expected: FormData and React's reply format can both carry one.
      ...(text.length
        ? [
            {
              name: "a file in each text field",
              args: () =>
                plant(
                  row.args(c()),
                  text,
                  () => new File(["<b>not text</b>"], "x.html", { type: "text/html" }),
                ) as unknown[],
              want: "refused" as Want,
            },
          ]
        : []),
      ...base.map((_, i) => ({
        name: `wrong type for argument ${i}`,
        args: () => row.args(c()).map((a, j) => (j === i ? wrongType(a) : a)),
        want: "either" as Want,
      })),
      ...Object.entries(ACCEPTED_TEXT).flatMap(([kind, t]) =>
        text.map((field) => ({
          name: `${kind} in ${field}`,
          args: () => plant(row.args(c()), [field], () => t) as unknown[],
          want: (row.writes ? "stored" : "either") as Want,
          text: t,
        })),
      ),
    ];
    for (const k of cases) {
      const before = await snapshot();
      let res: ActionResponse;
      try {
        res = await callAction(w.ctx[role], ref, url, k.args());
      } catch (e) {
        failures.push(`${key} as ${role}, ${k.name}: the request failed (${String(e).split("\n")[0]})`);
        continue;
      }
      const changed = changedTables(before, await snapshot());
      const got = classifyAction(res);
      const message = (res.value as { message?: unknown } | undefined)?.message;
      const problems: string[] = [];
      if (k.want === "transport") {
        if (!(res.status === 500 && res.threw)) problems.push(`expected Next's body-size refusal, got ${res.status}`);
        if (changed.length) problems.push(`changed ${changed.join(", ")}`);
      } else {
        if (got === "error") problems.push(`threw (${res.status}) instead of returning an error state`);
        if (got === "refused" || got === "signin") {
          if (!human(message) && !res.redirect)
            problems.push(`refused without a human message: ${JSON.stringify(res.value)}`);
          if (changed.length) problems.push(`refused but changed ${changed.join(", ")}`);
        }
        if (k.want === "refused" && got === "ok") problems.push("accepted; expected a refusal");
        if (k.want === "stored") {
          if (got !== "ok") problems.push(`typed text refused: ${JSON.stringify(res.value)}`);
          else if (!(await storedExactly(k.text!, w.users()))) problems.push("stored text differs from what was sent");
        }
      }
      lines.push(
        `${problems.length ? "✗" : " "} ${key.replace(/^app\//, "").padEnd(66)} as ${role.padEnd(8)} ${k.name.padEnd(38)} ${res.status} ${got} ${String(message ?? res.redirect ?? "").slice(0, 60)}`,
      );
      for (const p of problems) failures.push(`${key} as ${role}, ${k.name}: ${p}`);
    }
  }
  console.log(["", ...lines, ""].join("\n"));
  expect(failures, "hostile-input mismatches on server actions").toEqual([]);
});

test("typed text is shown back exactly, and markup in it is never run: posts, a prompt, a class, a set, an answer", async ({
  browser,
}, info) => {
  const baseURL = info.project.use.baseURL!;
  const texts = Object.values(ACCEPTED_TEXT);
  const actions = loadActions();
  const act = (role: Role, key: string, path: string, args: unknown[]) =>
    callAction(w.ctx[role], actions.get(key)!, new URL(path, baseURL).href, args);
  // The first student posts every hostile text; the owner writes a question whose prompt is the markup.
  for (const body of texts) {
    const res = await w.ctx.student.post("/api/posts", {
      data: { assignmentId: w.fx.params.assignmentId, questionId: w.fx.shortQ, body, citations: [] },
      failOnStatusCode: false,
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  const saved = await act("owner", "app/sets/[setId]/actions.ts#saveQuestionAction", `/sets/${w.fx.params.setId}`, [
    w.fx.params.setId,
    null,
    questionInput({ f: w.fx, a: w.ax, role: "owner" }, ACCEPTED_TEXT.xss),
  ]);
  expect(saved.value).toMatchObject({ ok: true });
  // A class and a set named by the owner, and the second student's short answer (submitted, so it reaches the grading queue).
  expect(
    (
      await act("owner", "app/classes/actions.ts#createClassAction", "/classes", [
        { ok: false },
        form({ name: ACCEPTED_TEXT.rtlEmoji }),
      ])
    ).redirect,
  ).toMatch(/^\/classes\//);
  expect(
    (
      await act("owner", "app/sets/actions.ts#createSetAction", "/sets", [
        { ok: false },
        form({ title: ACCEPTED_TEXT.sql, description: "", essayIds: [w.ax.essayId] }),
      ])
    ).redirect,
  ).toMatch(/^\/sets\//);
  const answerUrl = `/api/attempts/${w.fx.openAttemptId}/responses/${w.fx.shortQ}`;
  expect(
    (
      await w.ctx.student2.put(answerUrl, { data: { answer: { text: ACCEPTED_TEXT.combining }, clientSeq: 90_000 } })
    ).status(),
  ).toBe(200);
  expect((await w.ctx.student2.post(`/api/attempts/${w.fx.openAttemptId}/submit`, { data: {} })).status()).toBe(200);

  const visit = async (role: Role, path: string, shown: string[]) => {
    const context = await browser.newContext({ storageState: await w.ctx[role].storageState() });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(path);
    for (const t of shown)
      await expect(page.getByText(t, { exact: true }).first(), `${path} shows the text literally`).toBeVisible();
    // The markup stayed text: no element was made from it, and nothing ran.
    expect(await page.locator('img[src="x"]').count(), "an <img> from the text").toBe(0);
    // (Next's inline data scripts carry the text as an escaped JSON string: only a script that *is* the markup counts.)
    expect(
      await page
        .locator("script")
        .evaluateAll((els) => els.filter((e) => /^\s*alert\(/.test(e.textContent ?? "")).length),
      "a <script> from the text",
    ).toBe(0);
    expect(dialogs, "dialogs opened by the page").toEqual([]);
    await context.close();
  };
  await visit("student", `/assignments/${w.fx.params.assignmentId}/questions/${w.fx.shortQ}/discussion`, texts);
  await visit("owner", `/sets/${w.fx.params.setId}/preview`, [ACCEPTED_TEXT.xss]);
  await visit("owner", "/classes", [ACCEPTED_TEXT.rtlEmoji]);
  await visit("owner", "/sets", [ACCEPTED_TEXT.sql]);
  await visit("owner", `/assignments/${w.fx.params.assignmentId}/grade`, [ACCEPTED_TEXT.combining]);
});
