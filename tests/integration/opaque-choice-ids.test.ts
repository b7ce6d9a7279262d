import { randomUUID } from "node:crypto";
// Issue 14: the migration 20261127100000_opaque_choice_ids moves a database whose questions use the old letter ids
// ("a" = the first authored choice, the built-in key) onto opaque ids. Answers given under the old ids must still
// grade the same and show the same choice, for built-in sets (then re-laid out by the seed) and teachers' copies.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_SETS } from "@/content/question-sets";
import { layoutSet } from "@/content/question-sets/format";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { gradeAnswer } from "@/lib/grading/grade";
import type { QuestionType } from "@/lib/questions/schema";
import { parseQuestion } from "@/lib/questions/typed-question";
import { syncEssay } from "@/server/essays/sync-essay";
import { seedBuiltinSets } from "@/server/question-sets/seed-builtin-sets";
import { prismaFor, scratchDatabase } from "../support/test-db";

const root = path.resolve(import.meta.dirname, "../..");
const MIGRATION = "20261127100000_opaque_choice_ids";
const migrations = fs
  .readdirSync(path.join(root, "prisma/migrations"))
  .filter((d) => !d.endsWith(".toml"))
  .sort();
const sql = (dir: string) => fs.readFileSync(path.join(root, "prisma/migrations", dir, "migration.sql"), "utf8");

type Listed = { id: string; text: string };
const letter = (i: number) => String.fromCharCode(97 + i);
const field = (type: string) => (type === "ORDERING" ? "items" : "choices");
const CHOICE = ["SINGLE_CHOICE", "MULTIPLE_SELECT", "ORDERING"];

/** A question's answer as the texts it picks (the same choice, whatever its id). */
function texts(content: unknown, type: string, answer: unknown): string[] {
  const byId = new Map(((content as Record<string, Listed[]>)[field(type)] ?? []).map((c) => [c.id, c.text]));
  const a = answer as { choiceId?: string; choiceIds?: string[]; order?: string[] };
  return (a.order ?? a.choiceIds ?? [a.choiceId!]).map((id) => byId.get(id) ?? `?${id}`);
}

describe(`migration ${MIGRATION}`, { timeout: 180_000 }, () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let prisma: ReturnType<typeof prismaFor>;
  let client: pg.Client;
  beforeAll(async () => {
    scratch = await scratchDatabase("choiceids");
    client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    for (const dir of migrations.filter((d) => d < MIGRATION)) await client.query(sql(dir));
    prisma = prismaFor(scratch.url);
    for (const e of BUILTIN_ESSAYS) {
      const raw = fs.readFileSync(path.join(root, "content/essays", e.file), "utf8");
      await prisma.$transaction((tx) => syncEssay(tx, e.parse(raw), { builtIn: true }), { timeout: 60_000 });
    }
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await client?.end();
    await scratch?.drop();
  });

  it("keeps every answer given under the old ids on the same choice, with the same score", async () => {
    // The database as the old code left it: built-in choices in authored order with ids a, b, c…
    await seedBuiltinSets(prisma);
    const builtIn = await prisma.question.findMany({
      where: { set: { builtInKey: { not: null } }, type: { in: CHOICE as QuestionType[] } },
      include: { set: { select: { builtInKey: true } } },
    });
    for (const q of builtIn) {
      const source = BUILTIN_SETS.find((s) => s.key === q.set.builtInKey)!;
      const ids = layoutSet(source)[q.position]!.ids;
      const old = (id: string) => letter(ids.indexOf(id));
      const list = (q.content as Record<string, Listed[]>)[field(q.type)]!;
      const authored = [...list].sort((x, y) => ids.indexOf(x.id) - ids.indexOf(y.id));
      const k = q.answerKey as { correct?: string | string[]; order?: string[] };
      const key =
        q.type === "ORDERING"
          ? { order: k.order!.map(old) }
          : { correct: Array.isArray(k.correct) ? k.correct.map(old).sort() : old(k.correct!) };
      // Ordering items were stored scrambled: reversed here; choices in authored order, key first.
      const stored = (q.type === "ORDERING" ? [...authored].reverse() : authored).map((c) => ({ ...c, id: old(c.id) }));
      await prisma.question.update({
        where: { id: q.id },
        data: { content: { ...(q.content as object), [field(q.type)]: stored }, answerKey: key },
      });
    }

    // A teacher's copy of a built-in set (letter ids, key first) and answers by three students to everything.
    // The database is at the migration before opaque ids, so rows of tables that later migrations widened
    // (User, Assignment) are written in SQL: the client would name columns that do not exist yet.
    const insertUser = async (email: string, name: string, role: "INSTRUCTOR" | "STUDENT") => {
      const id = randomUUID();
      await prisma.$executeRaw`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES (${id}, ${email}, ${name}, 'x', ${role}::"Role")`;
      return { id };
    };
    const teacher = await insertUser("t@choice.ids", "T", "INSTRUCTOR");
    const engagement = await prisma.questionSet.findFirstOrThrow({
      where: { builtInKey: "builtin:russia-taliban-engagement" },
      include: { questions: true },
    });
    const copy = await prisma.questionSet.create({
      data: {
        title: "Copy",
        ownerId: teacher.id,
        questions: {
          create: engagement.questions.map((q) => ({
            position: q.position,
            type: q.type,
            prompt: q.prompt,
            content: q.content as object,
            answerKey: q.answerKey as object,
            explanation: q.explanation,
            points: q.points,
          })),
        },
      },
      include: { questions: true },
    });
    const cls = await prisma.class.create({ data: { name: "C", joinCode: "CHOICE1", instructorId: teacher.id } });
    const questions = await prisma.question.findMany({
      where: { type: { in: CHOICE as QuestionType[] } },
      orderBy: [{ setId: "asc" }, { position: "asc" }],
    });
    const assignments = new Map<string, string>();
    for (const setId of new Set(questions.map((q) => q.setId)))
      assignments.set(
        setId,
        await (async () => {
          const id = randomUUID();
          await prisma.$executeRaw`INSERT INTO "Assignment" (id, "classId", "setId", title) VALUES (${id}, ${cls.id}, ${setId}, ${setId})`;
          return id;
        })(),
      );
    const before = new Map<string, { texts: string[]; score: number | null }>();
    for (let s = 0; s < 3; s++) {
      const student = await insertUser(`s${s}@choice.ids`, `S${s}`, "STUDENT");
      for (const [setId, assignmentId] of assignments) {
        const attempt = { id: randomUUID() }; // in SQL too: later migrations widened Attempt (guided reading)
        await prisma.$executeRaw`INSERT INTO "Attempt" (id, "assignmentId", "studentId") VALUES (${attempt.id}, ${assignmentId}, ${student.id})`;
        for (const q of questions.filter((x) => x.setId === setId)) {
          const ids = (q.content as Record<string, Listed[]>)[field(q.type)]!.map((c) => c.id);
          // Student 0 answers "a" everywhere, 1 the last option, 2 a rotation: right, wrong and partial answers.
          const pick = [0, ids.length - 1, (q.position + 1) % ids.length][s]!;
          const answer =
            q.type === "SINGLE_CHOICE"
              ? { choiceId: ids[pick]! }
              : q.type === "MULTIPLE_SELECT"
                ? { choiceIds: [ids[pick]!, ids[(pick + 1) % ids.length]!] }
                : { order: [...ids.slice(pick), ...ids.slice(0, pick)] };
          const score = gradeAnswer(parseQuestion(q), answer).score;
          const r = await prisma.response.create({
            data: { attemptId: attempt.id, questionId: q.id, answer, autoScore: score },
          });
          before.set(r.id, { texts: texts(q.content, q.type, answer), score });
        }
      }
    }
    expect(before.size).toBe(3 * questions.length);
    expect(copy.questions.length).toBeGreaterThan(0);

    // Migrate, then seed as every start does (the seed re-lays out the built-in sets).
    await client.query(sql(MIGRATION));
    await client.query(sql(MIGRATION)); // idempotent: a second run changes nothing
    // A start applies every later migration before it seeds (the seed's regrade queues LMS scores, for one).
    for (const dir of migrations.filter((d) => d > MIGRATION)) await client.query(sql(dir));
    await seedBuiltinSets(prisma);

    const after = await prisma.response.findMany({ include: { question: true } });
    expect(after).toHaveLength(before.size);
    for (const r of after) {
      const q = r.question;
      const was = before.get(r.id)!;
      expect(texts(q.content, q.type, r.answer), q.prompt).toEqual(was.texts);
      expect(gradeAnswer(parseQuestion(q), r.answer).score, q.prompt).toBe(was.score);
      expect(r.autoScore, q.prompt).toBe(was.score);
      for (const c of (q.content as Record<string, Listed[]>)[field(q.type)]!) expect(c.id).toMatch(/^c[0-9a-f]{9}$/);
    }
    // The built-in questions now hold exactly what the seed writes from the content files.
    const ids = await prisma.question.findMany({
      where: { set: { builtInKey: "builtin:russia-taliban-engagement" }, type: { in: CHOICE as QuestionType[] } },
      select: { position: true, content: true, type: true },
    });
    const layouts = layoutSet(BUILTIN_SETS.find((s) => s.key === "builtin:russia-taliban-engagement")!);
    for (const q of ids)
      expect((q.content as Record<string, Listed[]>)[field(q.type)]!.map((c) => c.id).sort(), `#${q.position}`).toEqual(
        [...layouts[q.position]!.ids].sort(),
      );
    // The teacher's copy no longer shows the key first on every single-choice question.
    const copied = await prisma.question.findMany({ where: { setId: copy.id, type: "SINGLE_CHOICE" } });
    const firstIsKey = copied.filter(
      (q) => (q.content as { choices: Listed[] }).choices[0]!.id === (q.answerKey as { correct: string }).correct,
    );
    expect(firstIsKey.length).toBeLessThan(copied.length);
  });
});
