// Importing a question bank: the preview writes nothing; the confirmation saves essays, set and questions in
// one transaction (nothing on failure); citations survive an export → import round trip.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { exportBank } from "@/lib/interop/bank/export-bank";
import type { SessionUser } from "@/server/auth/session";
import { importEssay } from "@/server/essays/import-essay";
import { importQuestionBank } from "@/server/question-sets/import-question-bank";
import { loadInteropSet } from "@/server/question-sets/load-interop-set";
import { planBankImport } from "@/server/question-sets/plan-bank-import";
import { saveQuestion } from "@/server/question-sets/save-question";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let owner: SessionUser;
let other: SessionUser;
let student: SessionUser;

async function user(role: "INSTRUCTOR" | "STUDENT"): Promise<SessionUser> {
  const u = await prisma.user.create({ data: { email: uniqueEmail("bank"), name: "U", passwordHash: "x", role } });
  return { id: u.id, role, name: u.name, email: u.email };
}
// Rows these tests' instructors could have written: other test files share the database and write meanwhile.
const counts = async (userIds: string[] = [owner.id, other.id]) => ({
  essays: await prisma.essay.count({ where: { ownerId: { in: userIds } } }),
  sets: await prisma.questionSet.count({ where: { ownerId: { in: userIds } } }),
  questions: await prisma.question.count({ where: { set: { ownerId: { in: userIds } } } }),
  passages: await prisma.passage.count({ where: { essay: { ownerId: { in: userIds } } } }),
});
const digestOf = async (bytes: Uint8Array, name: string) =>
  (await planBankImport({ user: other, bytes, name })).preview.digest;

beforeAll(async () => {
  owner = await user("INSTRUCTOR");
  other = await user("INSTRUCTOR");
  student = await user("STUDENT");
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("export", () => {
  it("gives a built-in set to any instructor and nothing to a student or for another's set", async () => {
    const builtIn = await prisma.questionSet.findFirstOrThrow({ where: { builtIn: true } });
    const set = await loadInteropSet({ user: owner, setId: builtIn.id });
    expect(set.questions.length).toBeGreaterThan(0);
    await expect(loadInteropSet({ user: student, setId: builtIn.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await prisma.questionSet.create({ data: { title: "Mine", ownerId: owner.id } });
    await expect(loadInteropSet({ user: other, setId: own.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("import of a QTI 3 export of a built-in set", () => {
  it("previews without writing, then saves the same questions with the same citations", async () => {
    const builtIn = await prisma.questionSet.findFirstOrThrow({ where: { builtIn: true } });
    const source = await loadInteropSet({ user: owner, setId: builtIn.id });
    const { body } = exportBank(source, "qti3");
    const before = await counts();
    const { preview } = await planBankImport({ user: other, bytes: body, name: "set.zip" });
    expect(await counts()).toEqual(before);
    expect(preview.format).toBe("qti3");
    expect(preview.unmapped).toEqual([]);
    expect(preview.questions).toHaveLength(source.questions.length);
    expect(preview.questions.every((q) => q.importable && q.citations.length > 0)).toBe(true);
    expect(preview.stimuli.every((s) => s.fate.kind === "matched")).toBe(true);

    const saved = await importQuestionBank({
      user: other,
      bytes: body,
      name: "set.zip",
      digest: preview.digest,
      destination: { kind: "new", title: "Imported copy" },
    });
    expect(saved.questions).toBe(source.questions.length);
    expect(saved.essays).toBe(0);
    const copy = await loadInteropSet({ user: other, setId: saved.setId });
    expect(copy.title).toBe("Imported copy");
    expect(copy.questions.map((q) => [q.type, q.prompt, q.passageIds])).toEqual(
      source.questions.map((q) => [q.type, q.prompt, q.passageIds]),
    );
  });
});

describe("import of a set drawn from an essay the importer cannot read", () => {
  it("creates the essay from the file's stimulus and cites its passages", async () => {
    const essay = await importEssay({
      user: owner,
      fields: { title: `Bank essay ${Date.now()}` },
      bytes: new TextEncoder().encode("The first claim is bold. It has a reason.\nThe second paragraph disagrees."),
    });
    const passage = await prisma.passage.findFirstOrThrow({ where: { essayId: essay.id, paragraph: 1, sentence: 2 } });
    const set = await prisma.questionSet.create({
      data: { title: "From my essay", ownerId: owner.id, essays: { create: [{ essayId: essay.id }] } },
    });
    await saveQuestion({
      user: owner,
      setId: set.id,
      input: {
        type: "TRUE_FALSE",
        prompt: "The essay gives a reason.",
        content: {},
        answerKey: { correct: true },
        explanation: "",
        points: 2,
        rubric: null,
        passageIds: [passage.id],
      },
    });
    const { body } = exportBank(await loadInteropSet({ user: owner, setId: set.id }), "qti3");
    const { preview } = await planBankImport({ user: other, bytes: body, name: "set.zip" });
    expect(preview.stimuli.map((s) => s.fate.kind)).toEqual(["create"]);
    expect(preview.questions[0]!.citations.map((c) => c.text)).toEqual(["It has a reason."]);

    const saved = await importQuestionBank({
      user: other,
      bytes: body,
      name: "set.zip",
      digest: preview.digest,
      destination: { kind: "new", title: "Theirs" },
    });
    expect(saved.essays).toBe(1);
    const q = await prisma.question.findFirstOrThrow({
      where: { setId: saved.setId },
      include: { passages: { include: { passage: { include: { essay: true } } } } },
    });
    expect(q.points).toBe(2);
    expect(q.passages.map((p) => p.passage.text)).toEqual(["It has a reason."]);
    expect(q.passages[0]!.passage.essay).toMatchObject({ ownerId: other.id, builtIn: false });
    expect(q.passages[0]!.passage.essayId).not.toBe(essay.id);
  });

  it("writes nothing when the destination is refused after the essays were created", async () => {
    const [essay] = await prisma.essay.findMany({ where: { ownerId: owner.id }, take: 1 });
    const set = await prisma.questionSet.findFirstOrThrow({ where: { ownerId: owner.id, title: "From my essay" } });
    const { body } = exportBank(await loadInteropSet({ user: owner, setId: set.id }), "qti3");
    expect(essay).toBeDefined();
    const fresh = await user("INSTRUCTOR");
    const before = await counts([owner.id, other.id, fresh.id]);
    const digest = (await planBankImport({ user: fresh, bytes: body, name: "set.zip" })).preview.digest;
    await expect(
      importQuestionBank({
        user: fresh,
        bytes: body,
        name: "set.zip",
        digest,
        destination: { kind: "existing", setId: set.id },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts([owner.id, other.id, fresh.id])).toEqual(before);
    expect(await prisma.essay.count({ where: { ownerId: fresh.id } })).toBe(0);
  });
});

describe("refusals", () => {
  it("refuses a file that is not the previewed one", async () => {
    const builtIn = await prisma.questionSet.findFirstOrThrow({ where: { builtIn: true } });
    const { body } = exportBank(await loadInteropSet({ user: owner, setId: builtIn.id }), "gift");
    await expect(
      importQuestionBank({
        user: other,
        bytes: body,
        name: "b.txt",
        digest: "0".repeat(64),
        destination: { kind: "new", title: "x" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await digestOf(body, "b.txt")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("says why for XXE, a wrong type and a student", async () => {
    const xxe = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><quiz>&e;</quiz>',
    );
    const err = await planBankImport({ user: other, bytes: xxe, name: "q.xml" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/DOCTYPE/);
    await expect(
      planBankImport({ user: other, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), name: "a.png" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      planBankImport({ user: student, bytes: new TextEncoder().encode("x"), name: "a.txt" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
