// With DATABASE_REPLICA_URL set, the instructor's reports read the replica and everything else the primary
// (decision 0087). The "replica" here is a second database on the same server holding the same class built from
// the same fixture, with visible differences (the assignment's title, the students' names, one fewer submitted
// attempt), so each answer shows which database it came from. Without the routing every assertion on the
// replica's data fails.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { REPLICA_REPLAY_CONFLICT, REPLICA_UNREACHABLE } from "@/server/analytics/analytics-db";
import { exportGradebook } from "@/server/analytics/export-gradebook";
import { exportResponses } from "@/server/analytics/export-responses";
import { getAssignmentReport } from "@/server/analytics/get-assignment-report";
import { getClassReport } from "@/server/analytics/get-class-report";
import { getStudentAttempt } from "@/server/analytics/get-student-attempt";
import { getReadingAttention } from "@/server/attention/get-reading-attention";
import { gradeResponse } from "@/server/attempts/grade-response";
import { db } from "@/server/db";
import { freePort } from "../../scripts/embedded-pg.mjs";
import { buildReportScenario, type Exec } from "../fixtures/analytics-data";
import { readingCheckAnswer, readingCheckQuestions } from "../fixtures/analytics-scenario";
import { databaseUrl, scratchDatabase } from "../support/test-db";

const root = path.resolve(import.meta.dirname, "../..");
const primary = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
let replica: pg.Pool;
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
const tag = `rr${Date.now().toString(36)}${process.pid}`;
const teacher = { id: `${tag}-t`, role: "INSTRUCTOR" as const, name: "T", email: `${tag}-t@x.school` };
const REPLICA_TITLE = "Quiz as the replica has it";
let s: Awaited<ReturnType<typeof buildReportScenario>>;

async function scenario(exec: Exec, o: { students: number; prefix: string }) {
  await exec(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1,$2,'T','x','INSTRUCTOR')`, [
    teacher.id,
    teacher.email,
  ]);
  return buildReportScenario(exec, {
    tag,
    instructorId: teacher.id,
    students: o.students,
    notSubmitted: 5 - o.students,
    questions: readingCheckQuestions,
    answer: readingCheckAnswer,
    name: (i) => `${o.prefix} ${i}`,
  });
}

beforeAll(async () => {
  scratch = await scratchDatabase("replica");
  replica = new pg.Pool({ connectionString: scratch.url, max: 2 });
  const dir = path.join(root, "prisma/migrations");
  for (const m of fs
    .readdirSync(dir)
    .filter((d) => !d.endsWith(".toml"))
    .sort())
    await replica.query(fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"));
  // the essay the fixture cites, as the primary has it (ids included)
  const slug = "moscows-geopolitical-gamble";
  const essay = (await primary.query(`SELECT id, slug, title, body, "updatedAt" FROM "Essay" WHERE slug = $1`, [slug]))
    .rows[0];
  await replica.query(`INSERT INTO "Essay" (id, slug, title, body, "updatedAt") VALUES ($1,$2,$3,$4,$5)`, [
    essay.id,
    essay.slug,
    essay.title,
    essay.body,
    essay.updatedAt,
  ]);
  const passages = await primary.query(
    `SELECT id, paragraph, sentence, text, start, "end" FROM "Passage" WHERE "essayId" = $1`,
    [essay.id],
  );
  for (const p of passages.rows)
    await replica.query(
      `INSERT INTO "Passage" (id, "essayId", paragraph, sentence, text, start, "end") VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [p.id, essay.id, p.paragraph, p.sentence, p.text, p.start, p.end],
    );

  s = await scenario((t, p) => primary.query(t, p), { students: 4, prefix: "Primary student" });
  await scenario((t, p) => replica.query(t, p), { students: 3, prefix: "Replica student" });
  await replica.query(`UPDATE "Assignment" SET title = $1 WHERE id = $2`, [REPLICA_TITLE, s.assignmentId]);
  process.env.DATABASE_REPLICA_URL = scratch.url;
}, 120_000);

afterAll(async () => {
  const g = globalThis as unknown as { reportReplicas?: { clients: { $disconnect(): Promise<void> }[] } };
  await Promise.all((g.reportReplicas?.clients ?? []).map((c) => c.$disconnect()));
  await db.$disconnect();
  await primary.end();
  await replica?.end();
  await scratch?.drop();
});

const csvText = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("with DATABASE_REPLICA_URL set", () => {
  it("the assignment report (item analysis included) and its reading attention read the replica", async () => {
    const r = await getAssignmentReport({ user: teacher, assignmentId: s.assignmentId });
    expect(r.assignment.title).toBe(REPLICA_TITLE);
    expect(r.overview).toMatchObject({ enrolled: 5, submitted: 3 });
    expect(r.students.map((x) => x.name)).toEqual(["Replica student 0", "Replica student 1", "Replica student 2"]);
    expect(r.questions[0]!.options.find((o) => o.key === "b")!.count).toBe(3);

    const attention = await getReadingAttention({ user: teacher, assignmentId: s.assignmentId });
    expect(attention.neverOpened.map((x) => x.name).every((n) => n.startsWith("Replica student"))).toBe(true);
    expect(attention.neverOpened).toHaveLength(5);
  });

  it("the class report and both CSV exports read the replica", async () => {
    const c = await getClassReport({ user: teacher, classId: s.classId, page: 1 });
    expect(c.assignments.map((a) => [a.title, a.submitted])).toEqual([[REPLICA_TITLE, 3]]);
    expect(c.gradebook.rows.map((x) => x.name)).toEqual([0, 1, 2, 3, 4].map((i) => `Replica student ${i}`));

    const { csv } = await exportGradebook({ user: teacher, classId: s.classId });
    const gradebook = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(gradebook[0]![2]).toMatch(/^Quiz as the replica has it/);
    expect(gradebook.slice(1).map((row) => row[0])).toContain("Replica student 4");

    const responses = await csvText((await exportResponses({ user: teacher, assignmentId: s.assignmentId })).stream);
    expect(responses).toContain("Replica student 2");
    expect(responses).not.toContain("Primary student");
  });

  it("writes, and the grading view that shows them, go to the primary", async () => {
    const student = s.students[0]!.id;
    const scoreIn = async () =>
      (await getAssignmentReport({ user: teacher, assignmentId: s.assignmentId })).students.find(
        (x) => x.studentId === student,
      )!.score;
    const before = await scoreIn();
    const responseId = `${student}-a1-r3`; // a right answer ("China"), marked wrong by hand
    await gradeResponse({ user: teacher, input: { responseId, score: 0, feedback: "Graded on the primary" } });

    const on = async (pool: pg.Pool) =>
      (await pool.query(`SELECT "manualScore", feedback FROM "Response" WHERE id = $1`, [responseId])).rows[0];
    expect(await on(primary)).toEqual({ manualScore: 0, feedback: "Graded on the primary" });
    expect(await on(replica)).toEqual({ manualScore: null, feedback: null });

    // the page where the instructor grades reads what was just written
    const view = await getStudentAttempt({ user: teacher, assignmentId: s.assignmentId, studentId: student });
    expect(view.student.name).toBe("Primary student 0");
    expect(view.items[3]!.feedback).toBe("Graded on the primary");
    expect(view.attempt!.score).toBe(before! - 1);
    // the report, from the replica, does not see it (a real replica would, a few milliseconds later)
    expect(await scoreIn()).toBe(before);
  });

  it("an unreachable replica fails the report with a clear error, raw queries included; the primary still writes", async () => {
    const closed = await freePort(0);
    process.env.DATABASE_REPLICA_URL = `postgresql://postgres@127.0.0.1:${closed}/nowhere`;
    vi.resetModules(); // env() is parsed once per module instance
    const fresh = await import("@/server/analytics/get-assignment-report");
    const freshDb = await import("@/server/analytics/analytics-db");
    const unreachable = { code: "UPSTREAM", message: REPLICA_UNREACHABLE };
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(fresh.getAssignmentReport({ user: teacher, assignmentId: s.assignmentId })).rejects.toMatchObject(
        unreachable,
      );
      await expect(freshDb.analyticsDb().$queryRaw`SELECT 1`).rejects.toMatchObject(unreachable);
      expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/^report replica unreachable: /));
    } finally {
      quiet.mockRestore();
    }
    const responseId = `${s.students[1]!.id}-a1-r3`;
    await gradeResponse({ user: teacher, input: { responseId, score: 1, feedback: "" } });
    expect((await primary.query(`SELECT "manualScore" FROM "Response" WHERE id = $1`, [responseId])).rows[0]).toEqual({
      manualScore: 1,
    });
  });
  it("with one of two replicas down, one report fails and the next ones read the other replica", async () => {
    const closed = await freePort(0);
    process.env.DATABASE_REPLICA_URL = `postgresql://postgres@127.0.0.1:${closed}/nowhere,${scratch.url}`;
    vi.resetModules();
    const freshDb = await import("@/server/analytics/analytics-db");
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const read = async () => {
      try {
        const rows = await freshDb.analyticsDb().$queryRaw<{ d: string }[]>`SELECT current_database() AS d`;
        return rows[0]!.d;
      } catch (e) {
        expect(e).toMatchObject({ code: "UPSTREAM", message: REPLICA_UNREACHABLE });
        return "failed";
      }
    };
    try {
      const results: string[] = [];
      for (let i = 0; i < 20; i++) results.push(await read());
      // before: about every other report failed (each call picked a replica at random, the dead one included)
      expect(results.filter((r) => r === "failed").length).toBeLessThanOrEqual(1);
      expect(results.filter((r) => r === new URL(scratch.url).pathname.slice(1)).length).toBeGreaterThanOrEqual(19);
    } finally {
      quiet.mockRestore();
    }
  });
  it("a report cancelled by the replica's replay gets its own clear error, and the replica stays in use", async () => {
    // A real PostgreSQL error with the standby's SQLSTATE and words, raised on the "replica" database.
    await replica.query(`CREATE OR REPLACE FUNCTION replay_conflict() RETURNS int LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'canceling statement due to conflict with recovery' USING ERRCODE = '40001'; END $$`);
    process.env.DATABASE_REPLICA_URL = scratch.url;
    vi.resetModules();
    const freshDb = await import("@/server/analytics/analytics-db");
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(freshDb.analyticsDb().$queryRaw`SELECT replay_conflict()`).rejects.toMatchObject({
        code: "UPSTREAM",
        message: REPLICA_REPLAY_CONFLICT,
      });
      expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/replay conflict/));
      const [row] = await freshDb.analyticsDb().$queryRaw<{ d: string }[]>`SELECT current_database() AS d`;
      expect(row!.d).toBe(new URL(scratch.url).pathname.slice(1));
    } finally {
      quiet.mockRestore();
    }
  });
});
