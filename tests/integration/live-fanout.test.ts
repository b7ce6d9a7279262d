// Two app instances against one database: what happens on instance A reaches an SSE stream on instance B
// through PostgreSQL LISTEN/NOTIFY, and a reconnecting stream catches up from the event log.
import fs from "node:fs";
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
    "live-fanout: skipped, no production build in .next-test (run `NEXT_DIST_DIR=.next-test next build` first; npm test does)",
  );

describe.skipIf(!built)("live mode across two app instances", () => {
  const password = "live-fanout-pass-1";
  const tag = `${Date.now().toString(36)}${process.pid}`;
  let pool: pg.Pool;
  let a: Awaited<ReturnType<typeof startInstance>>;
  let b: Awaited<ReturnType<typeof startInstance>>;
  let fx: LiveFixture;
  const sessionId = `live_fanout_${tag}`;
  const teacher = { id: `t_${tag}`, email: `t-${tag}@fanout.school` };
  const student = { id: `s_${tag}`, email: `s-${tag}@fanout.school` };

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
    const h = await hash(password);
    for (const [u, role] of [
      [teacher, "INSTRUCTOR"],
      [student, "STUDENT"],
    ] as const)
      await pool.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, $3, $4, $5)`, [
        u.id,
        u.email,
        `Fanout ${role}`,
        h,
        role,
      ]);
    fx = await seedLiveAssignment((t, p) => pool.query(t, p).then((r) => r.rows), {
      instructorId: teacher.id,
      studentIds: [student.id],
    });
    await pool.query(
      `INSERT INTO "LiveSession" (id, "assignmentId", "joinCode", "timerSeconds") VALUES ($1, $2, $3, NULL)`,
      [sessionId, fx.assignmentId, String(Date.now()).slice(-6)],
    );
    [a, b] = await Promise.all([startInstance(databaseUrl()), startInstance(databaseUrl())]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await pool?.end();
  });

  it("an answer submitted through instance A updates the host's stream on instance B", async () => {
    const [teacherCookie, studentCookie] = await Promise.all([
      signInCookie(b.url, teacher.email, password),
      signInCookie(a.url, student.email, password),
    ]);
    const host = await openStream(`${b.url}/api/live/${sessionId}/events`, teacherCookie);
    expect(host.res.headers.get("content-type")).toContain("text/event-stream");
    const phone = await openStream(`${a.url}/api/live/${sessionId}/events`, studentCookie);

    // The student's page joins (opens the attempt) on instance A; the lobby count reaches B.
    expect((await fetch(`${a.url}/live/${sessionId}`, { headers: { cookie: studentCookie } })).status).toBe(200);
    const presence = await host.next((e) => e.event === "presence");
    expect(JSON.parse(presence.data)).toEqual({ participants: 1 });

    // The instructor moves on through B; the question reaches the phone on A, without the answer key.
    const next = await fetch(`${b.url}/api/live/${sessionId}/control`, {
      method: "POST",
      headers: { cookie: teacherCookie, "content-type": "application/json" },
      body: JSON.stringify({ action: "next", from: { state: "LOBBY", index: -1 } }),
    });
    expect(next.status).toBe(200);
    const question = await phone.next((e) => e.event === "question");
    expect(question.data).toContain(fx.questions[0]!.prompt);
    expect(question.data).not.toContain("answerKey");
    expect(question.data).not.toContain(`"correct"`);

    const answer = await fetch(`${a.url}/api/live/${sessionId}/answer`, {
      method: "POST",
      headers: { cookie: studentCookie, "content-type": "application/json" },
      body: JSON.stringify({ questionId: fx.questions[0]!.id, answer: { choiceId: "a" } }),
    });
    expect(answer.status).toBe(200);
    const tally = await host.next((e) => e.event === "tally");
    const { tally: t } = JSON.parse(tally.data) as {
      tally: { answered: number; buckets: { id: string; count: number }[] };
    };
    expect(t.answered).toBe(1);
    expect(t.buckets.find((x) => x.id === "a")?.count).toBe(1);
    expect(phone.events.some((e) => e.event === "tally")).toBe(false); // the distribution is for the projector

    // A phone that lost its connection resumes with Last-Event-ID and gets what it missed, in order.
    const reveal = await fetch(`${b.url}/api/live/${sessionId}/control`, {
      method: "POST",
      headers: { cookie: teacherCookie, "content-type": "application/json" },
      body: JSON.stringify({ action: "reveal", from: { state: "QUESTION", index: 0 } }),
    });
    expect(reveal.status).toBe(200);
    await host.next((e) => e.event === "reveal");
    phone.close();
    const resumed = await openStream(`${a.url}/api/live/${sessionId}/events`, studentCookie, question.id);
    const r = await resumed.next((e) => e.event === "reveal");
    expect(JSON.parse(r.data).reveal.correctText).toBe("A diplomatic gesture");
    expect(resumed.events.map((e) => e.event)).toEqual(["reveal"]);
    resumed.close();
    host.close();
  }, 60_000);

  it("refuses a stream to someone outside the class", async () => {
    const outsider = { id: `o_${tag}`, email: `o-${tag}@fanout.school` };
    await pool.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, 'Outsider', $3, 'STUDENT')`,
      [outsider.id, outsider.email, await hash(password)],
    );
    const cookie = await signInCookie(a.url, outsider.email, password);
    const res = await fetch(`${a.url}/api/live/${sessionId}/events`, { headers: { cookie } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toContain("not enrolled");
  }, 30_000);
});
