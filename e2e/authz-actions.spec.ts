// Server actions over real HTTP, per role: every action of the build is called by the six sessions of the
// authorization matrix with the arguments its client component sends, and must answer as ACTION_MATRIX
// says. A refused call must change no row (fingerprint of everything the fixture's users own); an
// accepted call that writes must change some. An action without a row, or a row without an action, fails.
import { ACTION_MATRIX, actionWorld, classifyAction, form } from "./support/authz-actions";
import { fill } from "./support/authz-session";
import { ACTIONS, ROLES } from "./support/authz-table";
import { changedTables, fingerprint, SCOPED_TABLES, UNSCOPED } from "./support/db-fingerprint";
import { expect, sql, test } from "./support/fixtures";
import { callAction, loadActions } from "./support/server-actions";

const w = actionWorld();
const actions = loadActions();

test("the build's server actions, the 'use server' files and ACTION_MATRIX list the same actions", () => {
  const built = [...actions.keys()].sort();
  const declared = Object.entries(ACTIONS)
    .flatMap(([file, names]) => Object.keys(names).map((n) => `${file}#${n}`))
    .sort();
  expect(built, "actions in the build vs ACTIONS (e2e/support/authz-table.ts)").toEqual(declared);
  expect(Object.keys(ACTION_MATRIX).sort(), "ACTION_MATRIX rows vs the build's actions").toEqual(built);
});

test("the fingerprint that proves a refusal wrote nothing covers every table of the database", async () => {
  const tables = (
    await sql<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    )
  ).map((r) => r.t);
  expect(
    tables.filter((t) => !UNSCOPED.includes(t)).sort(),
    "tables without a scope in e2e/support/db-fingerprint.ts",
  ).toEqual([...SCOPED_TABLES].sort());
});

test("the harness calls an action like the browser: the owner's createClassAction adds one class", async ({}, info) => {
  const ref = actions.get("app/classes/actions.ts#createClassAction")!;
  const before = await sql<{ id: string }>(`SELECT id FROM "Class" WHERE "instructorId" = $1`, [w.fx.users.owner.id]);
  const res = await callAction(w.ctx.owner, ref, new URL(ref.page, info.project.use.baseURL).href, [
    { ok: false },
    form({ name: "Harness check" }),
  ]);
  const after = await sql<{ id: string; name: string }>(`SELECT id, name FROM "Class" WHERE "instructorId" = $1`, [
    w.fx.users.owner.id,
  ]);
  expect(after.length).toBe(before.length + 1);
  const added = after.find((c) => !before.some((b) => b.id === c.id))!;
  expect(added.name).toBe("Harness check");
  expect(res.redirect).toBe(`/classes/${added.id}`);
  // And a call the action refuses comes back as its returned error state, not a 500.
  const empty = await callAction(w.ctx.owner, ref, new URL(ref.page, info.project.use.baseURL).href, [
    { ok: false },
    form({ name: "" }),
  ]);
  expect(empty.value).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
});

test("each role gets exactly what it may from every server action, and a refusal writes nothing", async ({}, info) => {
  test.setTimeout(300_000);
  const table: string[] = [];
  const failures: string[] = [];
  for (const [key, row] of Object.entries(ACTION_MATRIX)) {
    const ref = actions.get(key);
    if (!ref) continue; // reported by the listing test
    const cells: string[] = [];
    for (const role of ROLES) {
      const c = { f: w.fx, a: w.ax, role };
      const url = new URL(
        fill(ref.page, w.fx, { code: w.ax.joinClass.code, ...row.params?.(c) }),
        info.project.use.baseURL,
      ).href;
      const before = await fingerprint(w.users(), `%${w.ax.signUpTag}%`);
      const res = await callAction(w.ctx[role], ref, url, row.args(c));
      const changed = changedTables(before, await fingerprint(w.users(), `%${w.ax.signUpTag}%`));
      const got = classifyAction(res);
      const want = row.expect[role];
      const good = got === want;
      cells.push(`${good ? " " : "✗"}${res.status} ${got}${changed.length ? " W" : ""}`.padEnd(14));
      const detail =
        `${res.redirect ?? ""} ${JSON.stringify(res.value) ?? ""} ${res.threw ? res.body.slice(0, 120) : ""}`.trim();
      if (!good) failures.push(`${key} as ${role}: expected ${want}, got ${res.status} ${got} ${detail}`);
      if (got !== "ok" && changed.length)
        failures.push(`${key} as ${role}: refused (${got}) but changed ${changed.join(", ")}`);
      if (got === "ok" && want === "ok" && row.writes && !changed.length)
        failures.push(`${key} as ${role}: ok but wrote nothing (control)`);
    }
    table.push(`${key.replace(/^app\//, "").padEnd(72)} ${cells.join(" ")}`);
  }
  console.log(
    ["", `${"action (W = rows changed)".padEnd(72)} ${ROLES.map((r) => r.padEnd(14)).join(" ")}`, ...table, ""].join(
      "\n",
    ),
  );
  expect(failures, "server action matrix mismatches").toEqual([]);
});
