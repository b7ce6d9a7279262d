// Writing to a discussion: quotes stored as W3C selectors computed on the server, orphaned quotes kept,
// clear errors, nothing half-written, and debate answers from the debate view that are idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPost } from "@/server/discussion/create-post";
import { getDebate } from "@/server/discussion/get-debate";
import { getDiscussion } from "@/server/discussion/get-discussion";
import { reportPost } from "@/server/discussion/report-post";
import { toggleReaction } from "@/server/discussion/toggle-reaction";
import { submitDebateAnswer } from "@/server/discussion/submit-debate-answer";
import { prismaFor } from "../support/test-db";
import { passageAt, seedClassAssignment, submitted, user } from "../fixtures/discussion-seed";

const db = prismaFor();
type V = { id: string; role: "INSTRUCTOR" | "STUDENT" };
let teacher: V, ada: V, bo: V;
let p: Awaited<ReturnType<typeof passageAt>>;
let a: Awaited<ReturnType<typeof seedClassAssignment>>;

beforeAll(async () => {
  teacher = { id: (await user(db, "INSTRUCTOR")).id, role: "INSTRUCTOR" };
  ada = { id: (await user(db, "STUDENT")).id, role: "STUDENT" };
  bo = { id: (await user(db, "STUDENT")).id, role: "STUDENT" };
  p = await passageAt(db, "russia-taliban-engagement", 2, 1);
  a = await seedClassAssignment(db, {
    instructorId: teacher.id,
    studentIds: [ada.id, bo.id],
    type: "SHORT_ANSWER",
    content: {},
    passageIds: [p.id],
  });
  await submitted(db, a, ada.id, { text: "Borders." });
  await submitted(db, a, bo.id, { text: "Influence." });
});
afterAll(async () => {
  await db.$disconnect();
});

const post = (viewer: V, extra: object) =>
  createPost({ viewer, input: { assignmentId: a.assignmentId, questionId: a.questionId, ...extra } });

describe("posting", () => {
  it("stores a quote's position and exact/prefix/suffix from the essay text, and shows it anchored", async () => {
    const start = p.essay.body.indexOf("soft underbelly");
    const created = await post(ada, {
      body: "Look here",
      citations: [{ passageId: p.id, quote: { start: start - 1, end: start + 15 } }],
    });
    const row = await db.postCitation.findFirstOrThrow({ where: { postId: created.id } });
    expect(row).toMatchObject({ quoteStart: start, quoteEnd: start + 15, exact: "soft underbelly" });
    expect(p.essay.body.slice(0, start).endsWith(row.prefix!)).toBe(true);
    expect(p.essay.body.slice(start + 15).startsWith(row.suffix!)).toBe(true);
    const d = await getDiscussion({ viewer: bo, assignmentId: a.assignmentId, questionId: a.questionId });
    expect(d.general.find((x) => x.id === created.id)!.citations[0]!.quote).toEqual({
      exact: "soft underbelly",
      start,
      end: start + 15,
      orphaned: false,
    });
  });

  it("keeps a quote whose words are gone as orphaned instead of dropping it", async () => {
    const created = await post(ada, { body: "Old quote" });
    await db.postCitation.create({
      data: {
        postId: created.id,
        passageId: p.id,
        quoteStart: 5,
        quoteEnd: 20,
        exact: "words that were edited away",
        prefix: "",
        suffix: "",
      },
    });
    const d = await getDiscussion({ viewer: bo, assignmentId: a.assignmentId, questionId: a.questionId });
    expect(d.general.find((x) => x.id === created.id)!.citations[0]).toMatchObject({
      label: "¶2 s1",
      quote: { exact: "words that were edited away", orphaned: true },
    });
  });

  it("rejects empty and oversized posts with clear messages", async () => {
    await expect(post(ada, { body: "   " })).rejects.toMatchObject({
      code: "INVALID",
      message: "Write something before posting.",
    });
    await expect(post(ada, { body: "é".repeat(2501) })).rejects.toMatchObject({
      message: expect.stringContaining("under 5,000 characters"),
    });
  });

  it("writes nothing when a citation is invalid (post and citations in one transaction)", async () => {
    const before = await db.post.count({ where: { assignmentId: a.assignmentId } });
    const outside = p.end + 5;
    await expect(
      post(ada, { body: "Bad quote", citations: [{ passageId: p.id, quote: { start: outside, end: outside + 4 } }] }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(post(ada, { body: "Bad passage", citations: [{ passageId: "nope" }] })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db.post.count({ where: { assignmentId: a.assignmentId } })).toBe(before);
  });

  it("stores an XSS payload as plain text (rendering escapes it)", async () => {
    const created = await post(bo, { body: "<script>alert(1)</script>" });
    expect((await db.post.findUniqueOrThrow({ where: { id: created.id } })).body).toBe("<script>alert(1)</script>");
  });
});

describe("reactions and reports", () => {
  it("toggle a reaction on and off, counted per kind with the viewer's own marked", async () => {
    const created = await post(ada, { body: "React to me" });
    const react = (v: V, reaction: string) =>
      toggleReaction({ viewer: v, input: { target: "post", id: created.id, reaction } });
    await react(bo, "agree");
    await react(teacher, "agree");
    await react(bo, "insightful");
    await react(bo, "insightful");
    const seen = async (v: V) =>
      (await getDiscussion({ viewer: v, assignmentId: a.assignmentId, questionId: a.questionId })).general.find(
        (x) => x.id === created.id,
      )!.reactions;
    expect(await seen(bo)).toEqual([
      { key: "agree", count: 2, mine: true },
      { key: "insightful", count: 0, mine: false },
      { key: "question", count: 0, mine: false },
    ]);
    expect((await seen(ada))[0]).toEqual({ key: "agree", count: 2, mine: false });
    await expect(react(bo, "love")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a report is one row per student and post (a second report updates the reason); own posts cannot be reported", async () => {
    const created = await post(ada, { body: "Report me" });
    await reportPost({ viewer: bo, input: { postId: created.id, reason: "off topic" } });
    await reportPost({ viewer: bo, input: { postId: created.id, reason: "rude and off topic" } });
    const rows = await db.postReport.findMany({ where: { postId: created.id } });
    expect(rows.map((r) => r.reason)).toEqual(["rude and off topic"]);
    await expect(reportPost({ viewer: ada, input: { postId: created.id, reason: "mine" } })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(reportPost({ viewer: bo, input: { postId: created.id, reason: "" } })).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});

describe("debate answers from the debate view", () => {
  it("create one attempt, response and citations; a retry changes nothing; columns and evidence fill in", async () => {
    const other = await passageAt(db, "moscows-geopolitical-gamble", 2, 1);
    const d = await seedClassAssignment(db, {
      instructorId: teacher.id,
      studentIds: [ada.id, bo.id],
      type: "DEBATE",
      content: {
        stances: [
          { id: "yes", text: "Recognise" },
          { id: "no", text: "Do not" },
        ],
        minCitations: 1,
      },
      passageIds: [p.id, other.id],
    });
    const input = {
      assignmentId: d.assignmentId,
      questionId: d.questionId,
      stanceId: "yes",
      text: "Security first.",
      citations: [{ passageId: p.id }],
    };
    await expect(submitDebateAnswer({ viewer: ada, input: { ...input, citations: [] } })).rejects.toMatchObject({
      message: expect.stringContaining("Cite at least 1 passage"),
    });
    await expect(submitDebateAnswer({ viewer: ada, input: { ...input, stanceId: "maybe" } })).rejects.toMatchObject({
      message: "Pick one of the sides offered.",
    });
    const first = await submitDebateAnswer({ viewer: ada, input });
    expect(first).toMatchObject({ submitted: true, alreadyAnswered: false });
    const again = await submitDebateAnswer({ viewer: ada, input: { ...input, text: "Changed my mind" } });
    expect(again).toEqual({ responseId: first.responseId, submitted: true, alreadyAnswered: true });
    expect(await db.attempt.count({ where: { assignmentId: d.assignmentId, studentId: ada.id } })).toBe(1);
    expect(await db.responseCitation.count({ where: { responseId: first.responseId } })).toBe(1);
    expect((await db.response.findUniqueOrThrow({ where: { id: first.responseId } })).answer).toMatchObject({
      stanceId: "yes",
      text: "Security first.",
    });

    await submitDebateAnswer({
      viewer: bo,
      input: { ...input, stanceId: "no", text: "Risky.", citations: [{ passageId: other.id }, { passageId: p.id }] },
    });
    const view = await getDebate({ viewer: teacher, assignmentId: d.assignmentId, questionId: d.questionId });
    expect(view.columns.map((c) => c.answers.length)).toEqual([1, 1]);
    expect(view.table.find((r) => r.passageId === p.id)!.counts).toEqual({ yes: 1, no: 1 });
    expect(view.summary.map((s) => s.count)).toEqual([1, 1]);
    expect(view.shade[other.id]!.title).toBe("Cited 1× by “Do not”");
    await expect(submitDebateAnswer({ viewer: teacher, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
