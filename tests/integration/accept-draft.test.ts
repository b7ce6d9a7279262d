// Drafting questions from an essay and accepting them into a set: the draft becomes a question with its
// citation, the essay joins the set, and a failed accept into a new set leaves no empty set behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { validateQuestion } from "@/lib/questions/schema";
import type { SessionUser } from "@/server/auth/session";
import { draftEssayQuestions } from "@/server/essays/draft-essay-questions";
import { acceptDraft } from "@/server/question-sets/accept-draft";
import { createSet } from "@/server/question-sets/create-set";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let alice: SessionUser;
let bob: SessionUser;

async function instructor(): Promise<SessionUser> {
  const u = await prisma.user.create({
    data: { email: uniqueEmail("dr"), name: "I", passwordHash: "x", role: "INSTRUCTOR" },
  });
  return { id: u.id, role: "INSTRUCTOR", name: u.name, email: u.email };
}

beforeAll(async () => {
  alice = await instructor();
  bob = await instructor();
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("drafts", () => {
  it("drafts valid questions citing the essay's own passages (determinism is lib/drafting's own test)", async () => {
    const a = await draftEssayQuestions({ user: alice, slug: "moscows-geopolitical-gamble", limit: 8 });
    expect(a.drafts.length).toBeGreaterThanOrEqual(4);
    for (const d of a.drafts) expect(validateQuestion(d).ok).toBe(true);
    const own = new Set(a.essay.passages.map((p) => p.id));
    for (const d of a.drafts) expect(d.passageIds.every((id) => own.has(id))).toBe(true);
  });

  it("does not draft from an essay the instructor cannot read", async () => {
    const essay = await prisma.essay.create({
      data: { slug: `bobs-${Date.now()}`, title: "Bob's", body: "Private words. More of them.", ownerId: bob.id },
    });
    await expect(draftEssayQuestions({ user: alice, slug: essay.slug })).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
  });

  it("accepts a draft into a new set (adding the essay) and then into an existing set", async () => {
    const { drafts } = await draftEssayQuestions({ user: alice, slug: "moscows-geopolitical-gamble", limit: 4 });
    const { kind: _k, rationale: _r, ...first } = drafts[0]!;
    const r = await acceptDraft({ user: alice, target: { newSetTitle: "From drafts" }, input: first });
    const set = await prisma.questionSet.findUniqueOrThrow({
      where: { id: r.setId },
      include: { essays: { include: { essay: true } }, questions: { include: { passages: true } } },
    });
    expect(set).toMatchObject({ title: "From drafts", ownerId: alice.id, builtIn: false });
    expect(set.essays.map((e) => e.essay.slug)).toEqual(["moscows-geopolitical-gamble"]);
    expect(set.questions[0]!.passages.map((p) => p.passageId)).toEqual(first.passageIds);

    const { kind: _k2, rationale: _r2, ...second } = drafts[1]!;
    await acceptDraft({ user: alice, target: { setId: r.setId }, input: second });
    expect(await prisma.question.count({ where: { setId: r.setId } })).toBe(2);
    // Bob cannot add to Alice's set.
    const e = await acceptDraft({ user: bob, target: { setId: r.setId }, input: second }).catch((x: unknown) => x);
    expect((e as AppError).code).toBe("NOT_FOUND");
  });

  it("leaves no new set behind when the question is refused", async () => {
    const bobsSet = await createSet({
      user: bob,
      input: {
        title: "Bob",
        essayIds: [(await prisma.essay.findUniqueOrThrow({ where: { slug: "moscows-geopolitical-gamble" } })).id],
      },
    });
    expect(bobsSet.id).toBeTruthy();
    const before = await prisma.questionSet.count({ where: { ownerId: alice.id } });
    const e = await acceptDraft({
      user: alice,
      target: { newSetTitle: "Doomed" },
      input: { type: "TRUE_FALSE", prompt: "x", content: {}, answerKey: { correct: true }, passageIds: [] },
    }).catch((x: unknown) => x);
    expect((e as AppError).code).toBe("INVALID");
    const e2 = await acceptDraft({ user: alice, target: { newSetTitle: "  " }, input: {} }).catch((x: unknown) => x);
    expect((e2 as AppError).fieldErrors).toHaveProperty("newSetTitle");
    expect(await prisma.questionSet.count({ where: { ownerId: alice.id } })).toBe(before);
  });
});
