// The live answer's server side (server/live/submit-live-answer.ts), without HTTP: what is stored and graded,
// and what is refused, including a key the instructor edits while the session runs (each server keeps the
// questions it has graded, and must notice the edit).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitLiveAnswer } from "@/server/live/submit-live-answer";
import { seedLiveAssignment, type LiveFixture } from "../fixtures/live-data";
import { databaseUrl } from "../support/test-db";

const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
const q = (text: string, params: unknown[] = []) => pool.query(text, params).then((r) => r.rows);
const tag = randomBytes(5).toString("hex");
const teacher = `la_t_${tag}`;
const student = { id: `la_s_${tag}`, role: "STUDENT" as const };
const outsider = { id: `la_o_${tag}`, role: "STUDENT" as const };
const sessionId = `la_session_${tag}`;
let fx: LiveFixture;

const stored = () =>
  q(
    `SELECT r."questionId", r."answer", r."autoScore" FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId"
     WHERE a."studentId" = $1 AND a."assignmentId" = $2`,
    [student.id, fx.assignmentId],
  );
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: Error) => e.message,
  );

beforeAll(async () => {
  for (const [id, role] of [
    [teacher, "INSTRUCTOR"],
    [student.id, "STUDENT"],
    [outsider.id, "STUDENT"],
  ])
    await q(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, $3, 'x', $4::"Role")`, [
      id,
      `${id}@live-answer.school`,
      id,
      role,
    ]);
  fx = await seedLiveAssignment(q, { instructorId: teacher, studentIds: [student.id] });
  await q(`INSERT INTO "Attempt" (id, "assignmentId", "studentId") VALUES ($1, $2, $3)`, [
    `la_att_${tag}`,
    fx.assignmentId,
    student.id,
  ]);
  await q(
    `INSERT INTO "LiveSession" (id, "assignmentId", "joinCode", state, "currentIndex", "questionStartedAt")
     VALUES ($1, $2, $3, 'QUESTION', 0, now())`,
    [sessionId, fx.assignmentId, tag.slice(0, 6)],
  );
});
afterAll(() => pool.end());

describe("a live answer", () => {
  it("is stored graded, once per question, and a changed answer replaces it", async () => {
    const first = fx.questions[0]!.id;
    await submitLiveAnswer({ user: student, sessionId, questionId: first, answer: { choiceId: "b" } });
    await submitLiveAnswer({ user: student, sessionId, questionId: first, answer: { choiceId: "a" } });
    expect(await stored()).toEqual([{ questionId: first, answer: { choiceId: "a" }, autoScore: 1 }]);
  });

  it("is graded with the key as it is now when the instructor edits it during the session", async () => {
    const first = fx.questions[0]!.id;
    await q(
      `UPDATE "Question" SET "answerKey" = '{"correct":"b"}', "updatedAt" = now() + interval '1 second' WHERE id = $1`,
      [first],
    );
    await submitLiveAnswer({ user: student, sessionId, questionId: first, answer: { choiceId: "a" } });
    expect((await stored())[0]).toMatchObject({ answer: { choiceId: "a" }, autoScore: 0 });
    await submitLiveAnswer({ user: student, sessionId, questionId: first, answer: { choiceId: "b" } });
    expect((await stored())[0]).toMatchObject({ answer: { choiceId: "b" }, autoScore: 1 });
  });

  it("is refused for a question that is not the open one, from outside the class, and for no session", async () => {
    expect(
      await refusal(
        submitLiveAnswer({ user: student, sessionId, questionId: fx.questions[1]!.id, answer: { value: true } }),
      ),
    ).toMatch(/This question is closed/);
    expect(
      await refusal(
        submitLiveAnswer({ user: outsider, sessionId, questionId: fx.questions[0]!.id, answer: { choiceId: "a" } }),
      ),
    ).toMatch(/You are not enrolled in the class running this live session/);
    expect(
      await refusal(
        submitLiveAnswer({
          user: student,
          sessionId: `${sessionId}_none`,
          questionId: fx.questions[0]!.id,
          answer: { choiceId: "a" },
        }),
      ),
    ).toMatch(/This live session does not exist/);
    expect(
      await refusal(
        submitLiveAnswer({
          user: { id: teacher, role: "INSTRUCTOR" },
          sessionId,
          questionId: fx.questions[0]!.id,
          answer: { choiceId: "a" },
        }),
      ),
    ).toMatch(/joined with a student account/);
    expect(await stored()).toHaveLength(1);
  });
});
