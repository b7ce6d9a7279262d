// Seeds the known report scenario (tests/fixtures/analytics-scenario.ts) for an e2e test's own instructor.
import { addCitingPost, buildReportScenario } from "../../tests/fixtures/analytics-data";
import {
  SCENARIO_STUDENTS,
  readingCheckAnswer,
  readingCheckQuestions,
  scenarioName,
} from "../../tests/fixtures/analytics-scenario";
import { sql, type TestUser } from "./fixtures";

const exec = (text: string, params?: unknown[]) => sql(text, params).then((rows) => ({ rows }));
let n = 0;

/** `students`: how many submit (default the scenario's 30, with 2 more enrolled who have not). */
export async function seedReport(instructor: TestUser, opts: { students?: number } = {}) {
  const tag = `e2e${Date.now().toString(36)}${process.pid}${n++}`;
  const s = await buildReportScenario(exec, {
    tag,
    instructorId: instructor.id,
    students: opts.students ?? SCENARIO_STUDENTS,
    notSubmitted: opts.students === undefined ? 2 : 0,
    questions: readingCheckQuestions,
    answer: readingCheckAnswer,
    name: scenarioName,
  });
  if (s.students.length < 5) return s; // too few students for the posts and feedback below
  // Two discussion posts cite ¶2 s2 (one of them also the whole of ¶2).
  await addCitingPost(exec, {
    id: `${tag}-p1`,
    assignmentId: s.assignmentId,
    questionId: s.questionIds[0]!,
    authorId: s.students[3]!.id,
    passageIds: [s.passage(2, 2)],
  });
  await addCitingPost(exec, {
    id: `${tag}-p2`,
    assignmentId: s.assignmentId,
    questionId: s.questionIds[0]!,
    authorId: s.students[4]!.id,
    passageIds: [s.passage(2, 2), s.passage(2, 0)],
  });
  await sql(`UPDATE "Response" SET feedback = $1 WHERE "attemptId" = $2 AND "questionId" = $3`, [
    "Close: re-read ¶4.",
    `${s.students[1]!.id}-a1`,
    s.questionIds[5],
  ]);
  return s;
}
