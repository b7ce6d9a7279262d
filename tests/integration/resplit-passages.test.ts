// Re-splitting an essay that was split by the old splitter: citations (questions, answers, posts) follow their
// text; a question whose sentence was split cites both parts; a second run writes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { segmentBody } from "@/lib/passages/segment";
import { resplitEssays } from "@/server/essays/resplit-essays";
import { uniqueEmail } from "../factories";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
afterAll(() => prisma.$disconnect());

// The old splitter kept 'too rosy.” She asked' together and split 'manufactures? are questions' in two.
const BODY = [
  "The minister called the figure “too rosy.” She asked: “Who wrote it?” Nobody answered.",
  "Shall domestic manufactures be encouraged? are questions for the landed classes. It ends here.",
].join("\n");
const OLD: [number, number, string][] = [
  [1, 1, "The minister called the figure “too rosy.” She asked: “Who wrote it?”"],
  [1, 2, "Nobody answered."],
  [2, 1, "Shall domestic manufactures be encouraged?"],
  [2, 2, "are questions for the landed classes."],
  [2, 3, "It ends here."],
];

async function essayCitedTheOldWay() {
  const slug = `resplit-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const essay = await prisma.essay.create({ data: { slug, title: "Resplit", body: BODY } });
  const paragraphs = segmentBody(BODY).filter((s) => s.sentence === 0);
  for (const p of paragraphs)
    await prisma.passage.create({
      data: { essayId: essay.id, paragraph: p.paragraph, sentence: 0, text: p.text, start: p.start, end: p.end },
    });
  const old: Record<string, string> = {};
  let from = 0;
  for (const [paragraph, sentence, text] of OLD) {
    const start = BODY.indexOf(text, from);
    from = start + text.length;
    const row = await prisma.passage.create({
      data: { essayId: essay.id, paragraph, sentence, text, start, end: start + text.length },
    });
    old[`${paragraph}:${sentence}`] = row.id;
  }

  const teacher = await prisma.user.create({
    data: { email: uniqueEmail("rs-t"), name: "T", passwordHash: "x", role: "INSTRUCTOR" },
  });
  const student = await prisma.user.create({
    data: { email: uniqueEmail("rs-s"), name: "S", passwordHash: "x", role: "STUDENT" },
  });
  const cls = await prisma.class.create({
    data: { name: "C", joinCode: `RS${Date.now().toString(36).toUpperCase()}`, instructorId: teacher.id },
  });
  const set = await prisma.questionSet.create({
    data: { title: "S", ownerId: teacher.id, essays: { create: { essayId: essay.id } } },
  });
  const q = (position: number, passageIds: string[]) =>
    prisma.question.create({
      data: {
        setId: set.id,
        position,
        type: "SHORT_ANSWER",
        prompt: `Q${position}`,
        content: {},
        answerKey: {},
        passages: { create: passageIds.map((passageId, i) => ({ passageId, position: i })) },
      },
    });
  const q1 = await q(0, [old["1:1"]!, old["1:2"]!]); // the sentence that will be split, then the next one
  const q2 = await q(1, [old["2:1"]!, old["2:2"]!]); // both halves of the sentence that will be merged
  const assignment = await prisma.assignment.create({ data: { classId: cls.id, setId: set.id, title: "A" } });
  const attempt = await prisma.attempt.create({ data: { assignmentId: assignment.id, studentId: student.id } });
  const response = await prisma.response.create({ data: { attemptId: attempt.id, questionId: q1.id, answer: "x" } });
  const quote = "Who wrote it?";
  const qs = BODY.indexOf(quote);
  await prisma.responseCitation.createMany({
    data: [
      {
        responseId: response.id,
        passageId: old["1:1"]!,
        quoteStart: qs,
        quoteEnd: qs + quote.length,
        exact: quote,
        prefix: "",
        suffix: "",
      },
      { responseId: response.id, passageId: old["1:1"]! },
    ],
  });
  const post = await prisma.post.create({
    data: { assignmentId: assignment.id, questionId: q2.id, authorId: student.id, body: "p" },
  });
  await prisma.postCitation.create({ data: { postId: post.id, passageId: old["2:2"]! } });
  return { essay, old, q1, q2, response, post };
}

const label = (p: { paragraph: number; sentence: number }) => `${p.paragraph}:${p.sentence}`;

describe("resplitEssays", () => {
  it("moves every citation to the new passages that hold its text, and is idempotent", async () => {
    const { essay, old, q1, q2, response, post } = await essayCitedTheOldWay();
    const changed = await resplitEssays(prisma);
    expect(changed).toContain(essay.slug);

    const passages = await prisma.passage.findMany({
      where: { essayId: essay.id },
      orderBy: [{ paragraph: "asc" }, { sentence: "asc" }],
    });
    expect(passages.map((p) => [label(p), p.text])).toEqual(segmentBody(BODY).map((s) => [label(s), s.text]));
    for (const p of passages) expect(BODY.slice(p.start, p.end)).toBe(p.text);
    // "Nobody answered." kept its row (only renumbered): whatever cites it did not move.
    expect(passages.find((p) => p.text === "Nobody answered.")!.id).toBe(old["1:2"]);

    const cited = async (questionId: string) =>
      (
        await prisma.questionPassage.findMany({
          where: { questionId },
          orderBy: { position: "asc" },
          include: { passage: true },
        })
      ).map((qp) => qp.passage.text);
    // The split sentence: the question now cites both parts, in order, then the passage it cited after it.
    expect(await cited(q1.id)).toEqual([
      "The minister called the figure “too rosy.”",
      "She asked: “Who wrote it?”",
      "Nobody answered.",
    ]);
    // The wrongly split sentence, merged: the question cites the merged sentence once.
    expect(await cited(q2.id)).toEqual([
      "Shall domestic manufactures be encouraged? are questions for the landed classes.",
    ]);

    const rc = await prisma.responseCitation.findMany({
      where: { responseId: response.id },
      include: { passage: true },
    });
    // The quote moved to the part that holds it; the whole-sentence citation now cites both parts.
    expect(rc.filter((c) => c.exact).map((c) => c.passage.text)).toEqual(["She asked: “Who wrote it?”"]);
    expect(
      rc
        .filter((c) => !c.exact)
        .map((c) => c.passage.text)
        .sort(),
    ).toEqual(["She asked: “Who wrote it?”", "The minister called the figure “too rosy.”"]);
    for (const c of rc) if (c.quoteStart != null) expect(BODY.slice(c.quoteStart, c.quoteEnd!)).toBe(c.exact);
    for (const c of rc)
      if (c.quoteStart != null) expect(c.passage.start <= c.quoteStart && c.quoteEnd! <= c.passage.end).toBe(true);

    const pc = await prisma.postCitation.findMany({ where: { postId: post.id }, include: { passage: true } });
    expect(pc.map((c) => c.passage.text)).toEqual([
      "Shall domestic manufactures be encouraged? are questions for the landed classes.",
    ]);

    // Every citation in the database still points at a passage whose text is the body at its offsets.
    const all = await prisma.passage.findMany({
      where: {
        essayId: essay.id,
        OR: [{ questionCitations: { some: {} } }, { responseCitations: { some: {} } }, { postCitations: { some: {} } }],
      },
      include: { essay: { select: { body: true } } },
    });
    for (const p of all) expect(p.essay.body.slice(p.start, p.end)).toBe(p.text);

    const before = await prisma.passage.findMany({ where: { essayId: essay.id }, orderBy: { id: "asc" } });
    expect(await resplitEssays(prisma)).not.toContain(essay.slug);
    expect(await prisma.passage.findMany({ where: { essayId: essay.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("leaves the built-in essays, seeded with today's splitter, untouched", async () => {
    const builtIn = await prisma.essay.findMany({ where: { builtIn: true }, select: { slug: true } });
    expect(builtIn.length).toBeGreaterThan(0);
    const changed = await resplitEssays(prisma);
    for (const e of builtIn) expect(changed).not.toContain(e.slug);
  });
});
