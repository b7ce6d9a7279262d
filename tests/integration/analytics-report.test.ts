// The assignment report against a real PostgreSQL: SQL aggregation gives the same numbers as the pure
// statistics on a hand-built matrix, only submitted first attempts count, manual grades win, and nobody
// but the owning instructor can read it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseMatrix } from "@/lib/stats/item-analysis";
import { parseQuestion } from "@/lib/questions/typed-question";
import { getAssignmentReport } from "@/server/analytics/get-assignment-report";
import { addCitingPost, buildReportScenario } from "../fixtures/analytics-data";
import {
  SCENARIO_STUDENTS,
  readingCheckAnswer,
  readingCheckQuestions,
  scenarioName,
} from "../fixtures/analytics-scenario";
import { databaseUrl } from "../support/test-db";

const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
const exec = (text: string, params?: unknown[]) => pool.query(text, params);
const tag = `it${Date.now().toString(36)}${process.pid}`;
const teacher = { id: `${tag}-t`, role: "INSTRUCTOR" as const, name: "T", email: `${tag}-t@x.school` };
const other = { id: `${tag}-o`, role: "INSTRUCTOR" as const, name: "O", email: `${tag}-o@x.school` };
let scenario: Awaited<ReturnType<typeof buildReportScenario>>;

beforeAll(async () => {
  for (const u of [teacher, other])
    await exec(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1,$2,$3,'x','INSTRUCTOR')`, [
      u.id,
      u.email,
      u.name,
    ]);
  scenario = await buildReportScenario(exec, {
    tag,
    instructorId: teacher.id,
    students: SCENARIO_STUDENTS,
    notSubmitted: 2,
    questions: readingCheckQuestions,
    answer: readingCheckAnswer,
    name: scenarioName,
  });
  await addCitingPost(exec, {
    id: `${tag}-post`,
    assignmentId: scenario.assignmentId,
    questionId: scenario.questionIds[0]!,
    authorId: scenario.students[0]!.id,
    passageIds: [scenario.passage(2, 2), scenario.passage(2, 0)],
  });
});
afterAll(() => pool.end());

describe("getAssignmentReport", () => {
  it("shows completion over enrolled students and ignores unsubmitted attempts", async () => {
    const r = await getAssignmentReport({ user: teacher, assignmentId: scenario.assignmentId });
    expect(r.overview).toMatchObject({ enrolled: 32, submitted: 30 });
    expect(r.students).toHaveLength(30);
  });

  it("gives the facilities written down in the scenario and flags the reversed question", async () => {
    const r = await getAssignmentReport({ user: teacher, assignmentId: scenario.assignmentId });
    expect(r.questions.map((q) => Math.round(q.stats.facility! * 1000) / 10)).toEqual([80, 50, 55, 30, 66.7, 30]);
    expect(r.questions[5]!.stats.discriminationIndex!).toBeLessThan(0);
    expect(r.questions[5]!.flags.map((f) => f.kind)).toContain("negative");
    expect(r.questions[0]!.flags.some((f) => f.kind === "negative")).toBe(false);
    expect(r.questions[0]!.options).toEqual([
      expect.objectContaining({ key: "a", count: 2, correct: false }),
      expect.objectContaining({ key: "b", count: 24, correct: true }),
      expect.objectContaining({ key: "c", count: 4, correct: false }),
      expect.objectContaining({ key: "d", count: 0, correct: false }),
    ]);
    expect(r.questions[3]!.wrongTexts).toEqual([
      { text: "iran", count: 11 },
      { text: "india", count: 10 },
    ]);
  });

  it("matches the pure statistics on the same matrix built by hand", async () => {
    const r = await getAssignmentReport({ user: teacher, assignmentId: scenario.assignmentId });
    const specs = readingCheckQuestions(scenario.passage);
    const { gradeAnswer } = await import("@/lib/grading/grade");
    // rows in the report's order (by name), marks graded independently of the SQL
    const order = r.students.map((s) => scenario.students.findIndex((x) => x.id === s.studentId));
    const matrix = order.map((s) =>
      specs.map(
        (q, i) =>
          gradeAnswer(parseQuestion({ ...q, points: 1 }), readingCheckAnswer(s, i, scenario.passage)).score ?? 0,
      ),
    );
    const expected = analyseMatrix(
      matrix,
      specs.map(() => 1),
    );
    r.questions.forEach((q, i) => {
      expect(q.stats.discriminationIndex).toBeCloseTo(expected.items[i]!.discriminationIndex!, 9);
      expect(q.stats.discriminativeEfficiency).toBeCloseTo(expected.items[i]!.discriminativeEfficiency!, 9);
    });
    expect(r.test.cic).toBeCloseTo(expected.test.cic!, 9);
    expect(r.test.mean).toBeCloseTo(expected.test.mean!, 9);
  });

  it("shades passages by wrong answers and counts discussion citations", async () => {
    const r = await getAssignmentReport({ user: teacher, assignmentId: scenario.assignmentId });
    const q1 = r.heat[scenario.passage(2, 2)]!;
    expect(q1).toMatchObject({ graded: 30, wrong: 6, postCitations: 2 }); // cited as the sentence and as its paragraph
    expect(r.heat[scenario.passage(2, 3)]!.postCitations).toBe(1); // only the paragraph citation touches ¶2 s3
    // Q5 cites all of ¶6, so every sentence of it carries Q5's 10 wrong answers
    expect(r.heat[scenario.passage(6, 1)]).toMatchObject({ graded: 30, wrong: 10 });
    expect(r.heat[scenario.passage(1, 1)]!.wrongRate).toBeNull();
  });

  it("uses a manual grade over the automatic one", async () => {
    const strongest = scenario.students[0]!.id;
    await exec(`UPDATE "Response" SET "manualScore" = 0 WHERE "attemptId" = $1 AND "questionId" = $2`, [
      `${strongest}-a1`,
      scenario.questionIds[0],
    ]);
    const r = await getAssignmentReport({ user: teacher, assignmentId: scenario.assignmentId });
    expect(r.questions[0]!.wrong).toBe(7);
    await exec(`UPDATE "Response" SET "manualScore" = NULL WHERE "attemptId" = $1`, [`${strongest}-a1`]);
  });

  it("is not found for another instructor or a student", async () => {
    await expect(getAssignmentReport({ user: other, assignmentId: scenario.assignmentId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const student = { id: scenario.students[0]!.id, role: "STUDENT" as const, name: "S", email: "s@x" };
    await expect(getAssignmentReport({ user: student, assignmentId: scenario.assignmentId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
