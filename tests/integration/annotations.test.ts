// Annotating the essay through the real server functions and database: who sees which annotations (per role,
// answer-first and anonymity rules), re-anchoring after the essay changes (orphans kept), bad input storing
// nothing, moderation, and a "read and annotate" assignment's per-student counts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/auth/session";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { createReadingAssignment } from "@/server/annotations/create-reading-assignment";
import { getReading } from "@/server/annotations/get-reading";
import { moderateAnnotation } from "@/server/annotations/moderate-annotation";
import { readingAssignmentInput } from "@/server/annotations/reading-assignment-input";
import { replyToAnnotation } from "@/server/annotations/reply-to-annotation";
import { prismaFor } from "../support/test-db";
import { user } from "../fixtures/discussion-seed";

const db = prismaFor();
type V = { id: string; role: "INSTRUCTOR" | "STUDENT" };
let owner: V, other: V, ada: V, bo: V, cy: V, outsider: V;
const names: Record<string, string> = {};
let essayId: string;
let plain: string; // assignment id: names shown, answer-first on
let anon: string; // anonymous, answer-first off

const P1 = "Alpha one is here. Beta two follows.";
const P2 = "Gamma three starts. Delta four ends.";
const BODY = `${P1}\n\n${P2}`;
const at = (body: string, words: string) => ({ start: body.indexOf(words), end: body.indexOf(words) + words.length });

/** Paragraph and sentence passages for a two-paragraph body of two sentences each. */
function passagesOf(body: string) {
  const rows: { paragraph: number; sentence: number; text: string; start: number; end: number }[] = [];
  let offset = 0;
  body.split("\n\n").forEach((para, pi) => {
    const start = body.indexOf(para, offset);
    rows.push({ paragraph: pi + 1, sentence: 0, text: para, start, end: start + para.length });
    let s = 0;
    for (const m of para.matchAll(/[^.]+\./g)) {
      const text = m[0].trim();
      const ss = start + m.index + m[0].indexOf(text);
      rows.push({ paragraph: pi + 1, sentence: ++s, text, start: ss, end: ss + text.length });
    }
    offset = start + para.length;
  });
  return rows;
}

beforeAll(async () => {
  const mk = async (role: V["role"], name: string) => {
    const u = await user(db, role, `${name} ${randomUUID().slice(0, 6)}`);
    names[name] = u.name;
    return { id: u.id, role };
  };
  owner = await mk("INSTRUCTOR", "Owner");
  other = await mk("INSTRUCTOR", "Other");
  ada = await mk("STUDENT", "Ada");
  bo = await mk("STUDENT", "Bo");
  cy = await mk("STUDENT", "Cy");
  outsider = await mk("STUDENT", "Out");
  const essay = await db.essay.create({
    data: {
      slug: `annot-${randomUUID().slice(0, 8)}`,
      title: "Annotation essay",
      body: BODY,
      ownerId: owner.id,
      passages: { create: passagesOf(BODY) },
    },
  });
  essayId = essay.id;
  const set = await db.questionSet.create({
    data: { title: "Reading set", ownerId: owner.id, essays: { create: [{ essayId }] } },
  });
  const cls = await db.class.create({
    data: {
      name: "Annotating class",
      joinCode: `AN${randomUUID().slice(0, 6)}`,
      instructorId: owner.id,
      enrollments: { create: [ada, bo, cy].map((s) => ({ userId: s.id })) },
    },
  });
  await db.class.create({
    data: {
      name: "Other class",
      joinCode: `AO${randomUUID().slice(0, 6)}`,
      instructorId: other.id,
      enrollments: { create: [{ userId: outsider.id }] },
    },
  });
  const make = (anonymous: boolean, peersAfterAnswer: boolean) =>
    createReadingAssignment({
      user: { ...owner, name: "Owner", email: "o@x", isAdmin: false } as unknown as SessionUser,
      classId: cls.id,
      input: readingAssignmentInput.parse({
        title: "",
        reading: `${set.id}:${essayId}`,
        opensAt: "",
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        minAnnotations: "2",
        minParagraphs: "2",
        minReplies: "1",
        points: "10",
        anonymous,
        peersAfterAnswer,
      }),
    });
  plain = (await make(false, true)).id;
  anon = (await make(true, false)).id;
});
afterAll(async () => {
  await db.$disconnect();
});

const add = (viewer: V, assignmentId: string, words: string, kind = "COMMENT", body = `On ${words}`) =>
  createAnnotation({ viewer, assignmentId, input: { essayId, kind, ...at(BODY, words), body } });
const read = (viewer: V, assignmentId = plain) => getReading({ viewer, assignmentId });
const count = () => db.annotation.count({ where: { essayId } });

describe("visibility of annotations", () => {
  it("a student who has not annotated sees the essay but no classmates' annotations (answer-first)", async () => {
    await add(ada, plain, "Alpha one");
    const r = await read(bo);
    expect(r.annotations).toEqual([]);
    expect(r.locked).toMatch(/Add your own annotation first/);
    expect(r.essay.body).toBe(BODY);
  });

  it("once they have annotated, they see classmates' annotations with names and their own", async () => {
    await add(bo, plain, "Gamma three", "QUESTION", "");
    const r = await read(bo);
    expect(r.locked).toBeNull();
    expect(r.annotations.map((a) => [a.quote, a.author.label])).toEqual([
      ["Alpha one", names.Ada],
      ["Gamma three", `${names.Bo} (you)`],
    ]);
  });

  it("the owner sees every annotation with names; another instructor and another class's student get NOT_FOUND", async () => {
    expect((await read(owner)).annotations.map((a) => a.author.label)).toEqual([names.Ada, names.Bo]);
    await expect(read(other)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(add(outsider, plain, "Delta four")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(add(other, plain, "Delta four")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("annotations belong to their assignment: the same essay in another assignment shows none of them", async () => {
    expect((await read(owner, anon)).annotations).toEqual([]);
  });

  it("an anonymous assignment shows classmates as Classmate N to students and names to the instructor", async () => {
    await add(cy, anon, "Beta two");
    await add(ada, anon, "Delta four");
    const asBo = await read(bo, anon); // answer-first off here: Bo sees them without annotating
    expect(asBo.locked).toBeNull();
    expect(asBo.annotations.map((a) => a.author.label)).toEqual(["Classmate 1", "Classmate 2"]);
    expect(JSON.stringify(asBo)).not.toContain(names.Cy);
    expect(JSON.stringify(asBo)).not.toContain(names.Ada);
    expect((await read(ada, anon)).annotations.map((a) => a.author.label)).toEqual(["Classmate 1", "You"]);
    expect((await read(owner, anon)).annotations.map((a) => a.author.label)).toEqual([names.Cy, names.Ada]);
  });
});

describe("replies and moderation", () => {
  it("a classmate replies and the instructor answers; a locked student cannot reply", async () => {
    const target = (await read(owner)).annotations.find((a) => a.quote === "Alpha one")!;
    await replyToAnnotation({ viewer: bo, assignmentId: plain, annotationId: target.id, body: "Agreed." });
    await replyToAnnotation({ viewer: owner, assignmentId: plain, annotationId: target.id, body: "Good spot." });
    await expect(
      replyToAnnotation({ viewer: cy, assignmentId: plain, annotationId: target.id, body: "Me too" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      replyToAnnotation({ viewer: bo, assignmentId: plain, annotationId: target.id, body: "   " }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Write a reply first." });
    const seen = (await read(ada)).annotations.find((a) => a.id === target.id)!;
    expect(seen.replies.map((r) => [r.author.label, r.body])).toEqual([
      [names.Bo, "Agreed."],
      [names.Owner, "Good spot."],
    ]);
    expect(seen.replies[1]!.author.instructor).toBe(true);
  });

  it("hiding keeps an annotation from classmates but not from its author or the instructor; unhide undoes it", async () => {
    const target = (await read(owner)).annotations.find((a) => a.quote === "Alpha one")!;
    await expect(
      moderateAnnotation({ user: bo, assignmentId: plain, annotationId: target.id, action: "hide" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      moderateAnnotation({ user: other, assignmentId: plain, annotationId: target.id, action: "hide" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await moderateAnnotation({ user: owner, assignmentId: plain, annotationId: target.id, action: "hide" });
    expect((await read(bo)).annotations.map((a) => a.id)).not.toContain(target.id);
    expect((await read(ada)).annotations.find((a) => a.id === target.id)?.hidden).toBe(true);
    expect((await read(owner)).annotations.find((a) => a.id === target.id)?.hidden).toBe(true);
    await expect(
      replyToAnnotation({ viewer: bo, assignmentId: plain, annotationId: target.id, body: "Hidden?" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await moderateAnnotation({ user: owner, assignmentId: plain, annotationId: target.id, action: "unhide" });
    await moderateAnnotation({ user: owner, assignmentId: plain, annotationId: target.id, action: "pin" });
    expect((await read(bo)).annotations.find((a) => a.id === target.id)).toMatchObject({ pinned: true, hidden: false });
  });
});

describe("bad input stores nothing", () => {
  it("refuses a span outside the text, an empty comment, a too-long body, another essay", async () => {
    const before = await count();
    const input = { essayId, kind: "COMMENT", start: 0, end: 5, body: "ok" };
    const refuse = (i: object) => createAnnotation({ viewer: ada, assignmentId: plain, input: { ...input, ...i } });
    await expect(refuse({ start: BODY.length + 5, end: BODY.length + 9 })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/outside the essay/),
    });
    await expect(refuse({ start: 36, end: 38 })).rejects.toMatchObject({ code: "INVALID" }); // only the blank line
    await expect(refuse({ body: "  " })).rejects.toMatchObject({ code: "INVALID", message: "Write a comment." });
    await expect(refuse({ body: "x".repeat(2001) })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/under 2,000 characters/),
    });
    await expect(refuse({ start: 9, end: 3 })).rejects.toMatchObject({ code: "INVALID" });
    await expect(refuse({ kind: "SHOUT" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(refuse({ essayId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count()).toBe(before);
  });

  it("the reading form refuses a missing due date and more paragraphs than the essay has", async () => {
    const r = readingAssignmentInput.safeParse({
      title: "",
      reading: "a:b",
      opensAt: "",
      closesAt: "",
      minAnnotations: "3",
      minParagraphs: "1",
      minReplies: "0",
      points: "",
      anonymous: false,
      peersAfterAnswer: true,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Set a due date.");
  });
});

describe("re-anchoring when the essay changes", () => {
  it("moves annotations whose words moved and keeps those whose words are gone as orphans", async () => {
    const edited = `A new opening line. ${P1.replace("Beta two follows.", "Then it changes.")}\n\n${P2}`;
    await db.$transaction([
      db.essay.update({ where: { id: essayId }, data: { body: edited } }),
      db.passage.deleteMany({ where: { essayId } }),
      db.passage.createMany({ data: passagesOf(edited).map((p) => ({ ...p, essayId })) }),
    ]);
    const r = await read(owner, anon);
    const beta = r.annotations.find((a) => a.quote === "Beta two")!;
    const delta = r.annotations.find((a) => a.quote === "Delta four")!;
    expect(beta).toMatchObject({ start: null, end: null, paragraphs: [] });
    expect(edited.slice(delta.start!, delta.end!)).toBe("Delta four");
    expect(delta.paragraphs).toEqual([2]);
    // orphans come last, and nobody's annotation was dropped
    expect(r.annotations.at(-1)!.id).toBe(beta.id);
    expect(r.annotations).toHaveLength(2);
  });
});

describe("read and annotate progress", () => {
  it("the student sees their progress and score; the instructor sees every student's counts", async () => {
    const ada1 = await read(ada);
    expect(ada1.task?.text).toMatch(/at least 2 annotations spread over at least 2 paragraphs/);
    expect(ada1.progress).toMatchObject({ annotations: 1, replies: 0, met: false });
    const mine = await read(owner);
    const row = (n: string) => mine.students!.find((s) => s.label === names[n]);
    expect(row("Bo")).toMatchObject({ annotations: 1, replies: 1 });
    expect(row("Cy")).toMatchObject({ annotations: 0, replies: 0, met: false, score: 0 });
  });
});
