// What a teacher gets from `next start` when DATABASE_REPLICA_URL points at a replica that does not answer
// (decision 0087): the report pages say reports are unavailable (not Next's generic error page, whose text hides the
// reason in production), the CSV export answers 502 with the same words, and the grading view under the report,
// which reads the primary, still works.
import fs from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/embedded-pg.mjs";
import { buildReportScenario } from "../fixtures/analytics-data";
import { readingCheckAnswer, readingCheckQuestions } from "../fixtures/analytics-scenario";
import { signInCookie, startInstance } from "../support/live-http";
import { databaseUrl } from "../support/test-db";

const built = fs.existsSync(path.resolve(import.meta.dirname, "../../.next-test/BUILD_ID"));
if (!built) console.warn("report-replica-http: skipped, no production build in .next-test (npm test makes one)");

describe.skipIf(!built)("reports with an unreachable replica, through HTTP", () => {
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
  const tag = `rrh${Date.now().toString(36)}${process.pid}`;
  const password = "replica-http-pass-1";
  const teacher = { id: `${tag}-t`, email: `${tag}-t@x.school` };
  let app: Awaited<ReturnType<typeof startInstance>>;
  let cookie: string;
  let s: Awaited<ReturnType<typeof buildReportScenario>>;

  beforeAll(async () => {
    await pool.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1,$2,'T',$3,'INSTRUCTOR')`, [
      teacher.id,
      teacher.email,
      await hash(password),
    ]);
    s = await buildReportScenario((t, p) => pool.query(t, p), {
      tag,
      instructorId: teacher.id,
      students: 3,
      questions: readingCheckQuestions,
      answer: readingCheckAnswer,
    });
    const closed = await freePort(0);
    app = await startInstance(databaseUrl(), {
      env: { DATABASE_REPLICA_URL: `postgresql://postgres@127.0.0.1:${closed}/nowhere` },
    });
    cookie = await signInCookie(app.url, teacher.email, password);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await pool.end();
  });

  const get = async (p: string) => {
    const res = await fetch(app.url + p, { headers: { cookie } });
    return { status: res.status, body: await res.text() };
  };

  it("the report pages say why they are unavailable", async () => {
    for (const p of [`/assignments/${s.assignmentId}/report`, `/classes/${s.classId}/report`]) {
      const r = await get(p);
      expect(r.body).toContain("This report is unavailable for now");
      expect(r.body).toContain("Students&#x27; answers and submissions are not affected");
      expect(r.body).not.toContain("Passage heatmap");
    }
  });

  // After the pages (their render made the process's replica clients): a route handler must still recognise the
  // error as its own AppError. Through clients whose error mapping the page's bundle made, it answered 500.
  it("the CSV export answers 502 with the reason", async () => {
    const r = await get(`/assignments/${s.assignmentId}/responses.csv`);
    expect(r.status).toBe(502);
    expect(JSON.parse(r.body)).toMatchObject({ code: "UPSTREAM", error: expect.stringMatching(/^Reports cannot/) });
  });

  it("the grading view under the report reads the primary and still works", async () => {
    const r = await get(`/assignments/${s.assignmentId}/report/students/${s.students[0]!.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain("Student 001");
  });
});
