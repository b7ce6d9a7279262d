// The production server (scripts/serve.mjs) with two app processes on one port: requests are spread over both,
// a live event published through one process reaches a stream held by the other (LISTEN/NOTIFY), a final
// submit raced through both processes still submits once, and a process that dies is replaced.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../support/test-db";
import { seedLiveAssignment, type LiveFixture } from "../fixtures/live-data";
import { openStream, signInCookie, startInstance } from "../support/live-http";

const built = fs.existsSync(path.resolve(import.meta.dirname, "../../.next-test/BUILD_ID"));
if (!built)
  console.warn(
    "app-processes: skipped, no production build in .next-test (run `NEXT_DIST_DIR=.next-test next build` first; npm test does)",
  );

type Answer = { status: number; worker: number; body: string };

/** One request on a connection of its own (no keep-alive), so the cluster hands each to the next process. */
function request(
  url: string,
  opts: { method?: string; cookie?: string; body?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: opts.method ?? "GET",
        agent: false,
        headers: {
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(opts.body ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, worker: Number(res.headers["x-passage-worker"]), body }),
        );
      },
    );
    req.on("error", reject);
    // A connection the cluster handed to a process as it was killed is never answered: status 0.
    if (opts.timeoutMs)
      req.setTimeout(opts.timeoutMs, () => {
        req.destroy();
        resolve({ status: 0, worker: 0, body: "" });
      });
    req.end(opts.body);
  });
}

describe.skipIf(!built)("the production server with two app processes", () => {
  const password = "app-processes-pass-1";
  const tag = `${Date.now().toString(36)}${process.pid}`;
  let pool: pg.Pool;
  let app: Awaited<ReturnType<typeof startInstance>>;
  let fx: LiveFixture;
  const sessionId = `procs_${tag}`;
  const teacher = { id: `pt_${tag}`, email: `pt-${tag}@procs.school` };
  const students = [0, 1, 2].map((i) => ({ id: `ps${i}_${tag}`, email: `ps${i}-${tag}@procs.school` }));

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
    const h = await hash(password);
    const people: [{ id: string; email: string }, string][] = [
      [teacher, "INSTRUCTOR"],
      ...students.map((s): [{ id: string; email: string }, string] => [s, "STUDENT"]),
    ];
    for (const [u, role] of people)
      await pool.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, $3, $4, $5)`, [
        u.id,
        u.email,
        `Procs ${role}`,
        h,
        role,
      ]);
    fx = await seedLiveAssignment((t, p) => pool.query(t, p).then((r) => r.rows), {
      instructorId: teacher.id,
      studentIds: students.map((s) => s.id),
    });
    await pool.query(
      `INSERT INTO "LiveSession" (id, "assignmentId", "joinCode", "timerSeconds") VALUES ($1, $2, $3, NULL)`,
      [sessionId, fx.assignmentId, String(Date.now()).slice(-6)],
    );
    app = await startInstance(databaseUrl(), { workers: 2 });
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await pool?.end();
  });

  it("serves requests from both app processes", async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => request(`${app.url}/api/health`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.worker)).size).toBe(2);
    expect(answers.every((a) => a.worker > 0 && a.worker !== app.pid)).toBe(true);
  });

  it("a question sent through one process reaches streams held by both", async () => {
    const teacherCookie = await signInCookie(app.url, teacher.email, password);
    const studentCookie = await signInCookie(app.url, students[0]!.email, password);
    // Each open stream holds its connection, so the next one goes to the other process.
    const phones = [];
    for (let i = 0; i < 4; i++)
      phones.push(await openStream(`${app.url}/api/live/${sessionId}/events`, i % 2 ? teacherCookie : studentCookie));
    const holders = new Set(phones.map((p) => Number(p.res.headers.get("x-passage-worker"))));
    expect(holders.size).toBe(2);

    const next = await request(`${app.url}/api/live/${sessionId}/control`, {
      method: "POST",
      cookie: teacherCookie,
      body: JSON.stringify({ action: "next", from: { state: "LOBBY", index: -1 } }),
    });
    expect(next.status).toBe(200);
    expect(holders.has(next.worker)).toBe(true);
    for (const p of phones) {
      const q = await p.next((e) => e.event === "question");
      expect(q.data).toContain(fx.questions[0]!.prompt);
    }
    for (const p of phones) p.close();
  }, 60_000);

  it("submits an attempt once when the same submit reaches both processes at once", async () => {
    const s = students[1]!;
    const attemptId = `pa_${tag}`;
    await pool.query(`INSERT INTO "Attempt" (id, "assignmentId", "studentId") VALUES ($1, $2, $3)`, [
      attemptId,
      fx.assignmentId,
      s.id,
    ]);
    const cookie = await signInCookie(app.url, s.email, password);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        request(`${app.url}/api/attempts/${attemptId}/submit`, { method: "POST", cookie }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.worker)).size).toBe(2);
    const repeats = answers.filter((a) => (JSON.parse(a.body) as { alreadySubmitted: boolean }).alreadySubmitted);
    expect(repeats).toHaveLength(5);
    const { rows } = await pool.query(`SELECT "submittedAt" FROM "Attempt" WHERE id = $1`, [attemptId]);
    expect(rows[0]!.submittedAt).not.toBeNull();
  }, 60_000);

  it("replaces an app process that dies", async () => {
    const before = new Set(
      (await Promise.all([0, 1, 2, 3].map(() => request(`${app.url}/api/health`)))).map((a) => a.worker),
    );
    expect(before.size).toBe(2);
    const [victim, survivor] = [...before] as [number, number];
    process.kill(victim, "SIGKILL");
    // Until the new process is up, the survivor answers; then two processes answer again.
    let seen = new Set<number>();
    for (let i = 0; i < 200 && seen.size < 2; i++) {
      const answers = (
        await Promise.all([0, 1, 2, 3].map(() => request(`${app.url}/api/health`, { timeoutMs: 5_000 })))
      ).filter((a) => a.status !== 0);
      expect(answers.every((a) => a.status === 200)).toBe(true);
      seen = new Set(answers.map((a) => a.worker));
      if (seen.size < 2) await new Promise((r) => setTimeout(r, 250));
    }
    expect(seen.has(victim)).toBe(false);
    expect(seen.has(survivor)).toBe(true);
    expect(seen.size).toBe(2);
  }, 120_000);
});
