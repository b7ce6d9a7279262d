// The CSV exports against a real PostgreSQL: the gradebook (one row per enrolled student, best submitted
// score) and the streamed responses export (one row per response of a submitted attempt).
import Papa from "papaparse";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGradebook } from "@/server/analytics/export-gradebook";
import { exportResponses } from "@/server/analytics/export-responses";
import { buildReportScenario } from "../fixtures/analytics-data";
import { readingCheckAnswer, readingCheckQuestions, scenarioName } from "../fixtures/analytics-scenario";
import { databaseUrl } from "../support/test-db";

const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
const exec = (text: string, params?: unknown[]) => pool.query(text, params);
const tag = `ex${Date.now().toString(36)}${process.pid}`;
const teacher = { id: `${tag}-t`, role: "INSTRUCTOR" as const, name: "T", email: `${tag}-t@x.school` };
let s: Awaited<ReturnType<typeof buildReportScenario>>;
const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

beforeAll(async () => {
  await exec(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1,$2,'T','x','INSTRUCTOR')`, [
    teacher.id,
    teacher.email,
  ]);
  s = await buildReportScenario(exec, {
    tag,
    instructorId: teacher.id,
    students: 5,
    notSubmitted: 2,
    questions: readingCheckQuestions,
    answer: readingCheckAnswer,
    name: scenarioName,
  });
  await exec(
    `INSERT INTO "ResponseCitation" (id, "responseId", "passageId", exact) VALUES ($1, $2, $3, 'profound geopolitical')`,
    [`${tag}-rc`, `${s.students[3]!.id}-a1-r0`, s.passage(2, 2)],
  );
  // a second, better submitted attempt for student 4: the gradebook keeps the best
  await exec(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "submittedAt", score, "maxScore") VALUES ($1,$2,$3,2,now(),6,6)`,
    [`${tag}-retry`, s.assignmentId, s.students[4]!.id],
  );
});
afterAll(() => pool.end());

describe("exportGradebook", () => {
  it("has one row per enrolled student with the best submitted score, blank when not submitted", async () => {
    const { filename, csv } = await exportGradebook({ user: teacher, classId: s.classId });
    expect(filename).toBe(`report-class-${tag}-gradebook.csv`);
    const rows = parse(csv);
    expect(rows[0]).toEqual(["Name", "Email", `Quiz ${tag} (out of 6)`]);
    const byEmail = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(rows).toHaveLength(1 + 7);
    expect(byEmail.get(s.students[0]!.email)![2]).toBe("5");
    expect(byEmail.get(s.students[4]!.email)![2]).toBe("6");
    expect(byEmail.get(s.students[2]!.email)![0]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(byEmail.get(s.students[5]!.email)![2]).toBe(""); // attempt in progress does not count
  });
  it("rounds as the page does and says pending while an answer waits for a person's grade", async () => {
    // student 1: a fractional score; student 0: an ungraded (manual) answer in the submitted attempt
    const ungraded = `${s.students[0]!.id}-a1-r0`;
    const before = (await exec(`SELECT "autoScore" FROM "Response" WHERE id = $1`, [ungraded])).rows[0].autoScore;
    const score1 = (await exec(`SELECT score FROM "Attempt" WHERE id = $1`, [`${s.students[1]!.id}-a1`])).rows[0].score;
    await exec(`UPDATE "Attempt" SET score = 1.75 WHERE id = $1`, [`${s.students[1]!.id}-a1`]);
    await exec(`UPDATE "Response" SET "autoScore" = NULL, "manualScore" = NULL WHERE id = $1`, [ungraded]);
    try {
      const byEmail = new Map(
        parse((await exportGradebook({ user: teacher, classId: s.classId })).csv).map((r) => [r[1], r]),
      );
      expect(byEmail.get(s.students[1]!.email)![2]).toBe("1.75");
      expect(byEmail.get(s.students[0]!.email)![2]).toBe("pending");
      expect(byEmail.get(s.students[4]!.email)![2]).toBe("6");
    } finally {
      await exec(`UPDATE "Response" SET "autoScore" = $2 WHERE id = $1`, [ungraded, before]);
      await exec(`UPDATE "Attempt" SET score = $2 WHERE id = $1`, [`${s.students[1]!.id}-a1`, score1]);
    }
  });
  it("refuses another instructor", async () => {
    await expect(exportGradebook({ user: { ...teacher, id: "nobody" }, classId: s.classId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("exportResponses", () => {
  it("streams one row per response of submitted attempts only", async () => {
    const { stream } = await exportResponses({ user: teacher, assignmentId: s.assignmentId });
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const text = new TextDecoder().decode(bytes);
    const rows = parse(text);
    expect(rows).toHaveLength(1 + 5 * 6); // the unsubmitted attempt's answers are not exported
    const q4 = rows.find((r) => r[0] === "Student 04" && r[4] === "4")!;
    expect(q4.slice(5, 11)).toEqual(["CLOZE", "Fill the blank.", "China", "1", "1", "automatically"]);
    const evidence = rows.find((r) => r[0] === "Student 04" && r[4] === "5")!;
    expect(evidence[5]).toBe("EVIDENCE");
    expect(evidence[7]).toMatch(/^¶6 s3: “.{20,}”$/); // the passage's words, not a bare "¶6 s3"
    const cited = rows.find((r) => r[0] === "Student 04" && r[4] === "1")!;
    expect(cited[12]).toBe("¶2 s2: “profound geopolitical”");
  });

  it("pages through every response exactly once whatever the batch size", async () => {
    const { stream } = await exportResponses({ user: teacher, assignmentId: s.assignmentId, batchSize: 7 });
    const rows = parse(await new Response(stream).text()).slice(1);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => `${r[1]}|${r[4]}`)).size).toBe(30);
  });
});
