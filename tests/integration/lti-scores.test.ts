// Grades back to the LMS (LTI Assignment and Grade Services 2.0) through the outbox: the score queued in the submit's
// transaction, its body as the platform peer (tests/support/lti-platform.ts) receives it, the access token and its
// cache, retries while the LMS is down, and exactly one score once it is back.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as jwksGet } from "@/app/api/lti/jwks/route";
import { gradeResponse } from "@/server/attempts/grade-response";
import { startAttempt } from "@/server/attempts/start-attempt";
import { submitAttempt } from "@/server/attempts/submit-attempt";
import { saveResponse } from "@/server/autosave/save-response";
import type { SessionUser } from "@/server/auth/session";
import { deliverLtiScores, MAX_TRIES } from "@/server/lti/deliver-lti-scores";
import { forgetPlatformTokens, platformTokenRequests } from "@/server/lti/get-platform-token";
import { getLtiGradeSync } from "@/server/lti/get-lti-grade-sync";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { LtiPlatform, ROLE, type LaunchSpec } from "../support/lti-platform";
import { launch, registerPlatform } from "../support/lti-tool";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let p: LtiPlatform;

beforeAll(async () => {
  forgetPlatformKeys();
  p = await new LtiPlatform().start();
  p.trustTool(async () => (await jwksGet()).json());
  await registerPlatform(prisma, p);
});
afterAll(async () => {
  await p.stop();
  await prisma.$disconnect();
});
beforeEach(async () => {
  p.outage = false;
  // Other integration files may queue scores in this database: this file's deliveries must not be held up by them.
  await prisma.ltiScoreOutbox.updateMany({
    where: { status: "PENDING", platform: { clientId: { not: p.clientId } } },
    data: { nextAttemptAt: new Date(Date.now() + 3600_000) },
  });
});

/** A course with a graded link: the teacher's launch makes the class, an assignment of a choice question (2 points)
 *  and a short answer (3 points) is put on the link, and a student launches into it. */
async function course(opts: { attemptsAllowed?: number } = {}) {
  const ctx = { id: `course-${randomUUID()}`, title: "Seminar" };
  const link = { id: `link-${randomUUID()}`, title: "Week 3" };
  const teacherSpec: LaunchSpec = {
    user: { sub: `t-${randomUUID()}`, name: "Tia Teacher", roles: [ROLE.instructor] },
    context: ctx,
    resourceLink: link,
  };
  expect((await launch(p, teacherSpec)).status).toBe(303);
  const context = await prisma.ltiContext.findFirstOrThrow({
    where: { contextId: ctx.id },
    include: { class: { include: { instructor: true } } },
  });
  const teacher = context.class.instructor;
  const set = await prisma.questionSet.create({ data: { title: "Reading check", ownerId: teacher.id } });
  const choice = await prisma.question.create({
    data: {
      setId: set.id,
      position: 0,
      type: "SINGLE_CHOICE",
      prompt: "Which?",
      content: {
        choices: [
          { id: "a", text: "A" },
          { id: "b", text: "B" },
        ],
      },
      answerKey: { correct: "b" },
      points: 2,
    },
  });
  const short = await prisma.question.create({
    data: {
      setId: set.id,
      position: 1,
      type: "SHORT_ANSWER",
      prompt: "Why?",
      content: {},
      answerKey: { modelAnswer: "Because.", keywords: [] },
      points: 3,
    },
  });
  const assignment = await prisma.assignment.create({
    data: { classId: context.classId, setId: set.id, title: "Week 3", attemptsAllowed: opts.attemptsAllowed ?? 1 },
  });
  await prisma.ltiResourceLink.updateMany({
    where: { resourceLinkId: link.id },
    data: { assignmentId: assignment.id },
  });
  const studentSub = `s-${randomUUID()}`;
  expect(
    (
      await launch(p, {
        user: { sub: studentSub, name: "Sol Student", roles: [ROLE.learner] },
        context: ctx,
        resourceLink: link,
      })
    ).status,
  ).toBe(303);
  const s = await prisma.ltiUserLink.findFirstOrThrow({ where: { sub: studentSub }, include: { user: true } });
  const student: SessionUser = { id: s.user.id, name: s.user.name, email: s.user.email, role: "STUDENT" };
  const instructor: SessionUser = { id: teacher.id, name: teacher.name, email: teacher.email, role: "INSTRUCTOR" };
  return { link, assignment, student, studentSub, instructor, questions: { choice: choice.id, short: short.id } };
}

async function answerAndSubmit(c: Awaited<ReturnType<typeof course>>, opts: { shortAnswer?: boolean } = {}) {
  const { id: attemptId } = await startAttempt({ user: c.student, assignmentId: c.assignment.id, another: true });
  await saveResponse({
    userId: c.student.id,
    sessionVersion: 0,
    attemptId,
    questionId: c.questions.choice,
    answer: { choiceId: "b" },
    clientSeq: 1,
  });
  if (opts.shortAnswer !== false)
    await saveResponse({
      userId: c.student.id,
      sessionVersion: 0,
      attemptId,
      questionId: c.questions.short,
      answer: { text: "Because it says so." },
      clientSeq: 1,
    });
  await submitAttempt({ userId: c.student.id, attemptId });
  return attemptId;
}

describe("LTI grades back (AGS)", () => {
  it("stores the link's line item from the launch", async () => {
    const c = await course();
    const row = await prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: c.link.id } });
    expect(row.lineItemUrl).toBe(p.lineItemUrl(c.link.id));
  });

  it("queues the score in the submit's transaction and posts it as AGS describes, PendingManual then FullyGraded", async () => {
    const c = await course();
    const attemptId = await answerAndSubmit(c);
    const queued = await prisma.ltiScoreOutbox.findMany({ where: { attemptId } });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ version: 1, status: "PENDING", userSub: c.studentSub });
    // A repeated submit (double click, second tab) queues nothing more.
    expect((await submitAttempt({ userId: c.student.id, attemptId })).alreadySubmitted).toBe(true);
    expect(await prisma.ltiScoreOutbox.count({ where: { attemptId } })).toBe(1);

    expect(await deliverLtiScores()).toMatchObject({ sent: 1, retrying: 0 });
    const [first, ...rest] = p.scoresFor(c.link.id);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      userId: c.studentSub,
      scoreGiven: 2,
      scoreMaximum: 5,
      activityProgress: "Completed",
      gradingProgress: "PendingManual",
      timestamp: queued[0]!.timestamp.toISOString(),
    });
    expect(await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ status: "SENT" });

    const short = await prisma.response.findFirstOrThrow({ where: { attemptId, questionId: c.questions.short } });
    await gradeResponse({
      user: c.instructor,
      input: { responseId: short.id, score: 2.5, feedback: "Good reading; cite the text." },
    });
    // The same grade again changes nothing the LMS shows: nothing is queued.
    await gradeResponse({
      user: c.instructor,
      input: { responseId: short.id, score: 2.5, feedback: "Good reading; cite the text." },
    });
    expect(await prisma.ltiScoreOutbox.count({ where: { attemptId } })).toBe(2);
    expect(await deliverLtiScores()).toMatchObject({ sent: 1 });
    const second = p.scoresFor(c.link.id)[1]!;
    expect(second).toMatchObject({
      userId: c.studentSub,
      scoreGiven: 4.5,
      scoreMaximum: 5,
      comment: "Good reading; cite the text.",
      gradingProgress: "FullyGraded",
    });
    expect(Date.parse(second.timestamp)).toBeGreaterThan(Date.parse(first!.timestamp));
  });

  it("says Submitted while the student may still try again, and sends only the latest attempt's score", async () => {
    const c = await course({ attemptsAllowed: 2 });
    const a1 = await answerAndSubmit(c, { shortAnswer: false });
    const a2 = await answerAndSubmit(c, { shortAnswer: false });
    // The first attempt's score was never sent: the second replaces it.
    expect((await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId: a1 } })).status).toBe("SUPERSEDED");
    expect(await deliverLtiScores()).toMatchObject({ sent: 1 });
    const got = p.scoresFor(c.link.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ activityProgress: "Completed" });
    expect((await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId: a2 } })).status).toBe("SENT");

    const c2 = await course({ attemptsAllowed: 2 });
    await answerAndSubmit(c2, { shortAnswer: false });
    await deliverLtiScores();
    expect(p.scoresFor(c2.link.id)[0]).toMatchObject({ activityProgress: "Submitted" });
  });

  it("queues nothing for a link without a line item", async () => {
    const c = await course();
    await prisma.ltiResourceLink.updateMany({ where: { resourceLinkId: c.link.id }, data: { lineItemUrl: null } });
    const attemptId = await answerAndSubmit(c);
    expect(await prisma.ltiScoreOutbox.count({ where: { attemptId } })).toBe(0);
  });

  it("keeps the score while the LMS is down, retries with backoff, and sends it exactly once when it is back", async () => {
    const c = await course();
    p.outage = true;
    const attemptId = await answerAndSubmit(c);
    expect(await deliverLtiScores()).toMatchObject({ sent: 0, retrying: 1 });
    let row = await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId } });
    expect(row).toMatchObject({ status: "PENDING", tries: 1 });
    expect(row.lastError).toMatch(/503/);
    // The teacher sees it waiting, with the LMS's answer; another teacher sees nothing of it.
    const sync = await getLtiGradeSync({ user: c.instructor, assignmentId: c.assignment.id });
    expect(sync).toEqual({
      sent: 0,
      failed: [],
      waiting: [{ student: "Sol Student", tries: 1, lastError: expect.stringMatching(/503/) }],
    });
    const other = await course();
    expect(await getLtiGradeSync({ user: other.instructor, assignmentId: c.assignment.id })).toBeNull();
    // Backoff: not due again right away, however often the worker runs.
    const wait = row.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(20_000);
    expect(await deliverLtiScores()).toEqual({ sent: 0, failed: 0, retrying: 0 });
    // Time passes; still down: the next wait is longer.
    await prisma.ltiScoreOutbox.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect(await deliverLtiScores()).toMatchObject({ retrying: 1 });
    row = await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId } });
    expect(row.tries).toBe(2);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(wait + 20_000);

    p.outage = false;
    await prisma.ltiScoreOutbox.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    // Two workers (two app servers) at once: the row goes to one of them.
    const reports = await Promise.all([deliverLtiScores(), deliverLtiScores()]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(await deliverLtiScores()).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(p.scoresFor(c.link.id)).toHaveLength(1);
    expect(p.scoresFor(c.link.id)[0]).toMatchObject({ userId: c.studentSub, scoreGiven: 2 });
    expect(await getLtiGradeSync({ user: c.instructor, assignmentId: c.assignment.id })).toEqual({
      sent: 1,
      waiting: [],
      failed: [],
    });
  });

  it("marks a score failed after the last try", async () => {
    const c = await course();
    p.outage = true;
    const attemptId = await answerAndSubmit(c);
    await prisma.ltiScoreOutbox.updateMany({
      where: { attemptId },
      data: { tries: MAX_TRIES - 1, nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await deliverLtiScores()).toMatchObject({ failed: 1 });
    expect(await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ status: "FAILED" });
    expect((await getLtiGradeSync({ user: c.instructor, assignmentId: c.assignment.id }))?.failed).toEqual([
      { student: "Sol Student", lastError: expect.stringMatching(/503/) },
    ]);
  });

  it("gets an access token with a signed assertion and reuses it until it expires", async () => {
    forgetPlatformTokens();
    const before = platformTokenRequests();
    const peerBefore = p.tokenRequests;
    const c = await course();
    await answerAndSubmit(c, { shortAnswer: false });
    const c2 = await course();
    await answerAndSubmit(c2, { shortAnswer: false });
    expect(await deliverLtiScores()).toMatchObject({ sent: 2 });
    expect(platformTokenRequests() - before).toBe(1);
    expect(p.tokenRequests - peerBefore).toBe(1);
    // A platform that forgets its tokens (a restart) gets asked for a new one, and the score still goes through.
    p.forgetTokens();
    const c3 = await course();
    await answerAndSubmit(c3, { shortAnswer: false });
    expect(await deliverLtiScores()).toMatchObject({ sent: 1 });
    expect(p.tokenRequests - peerBefore).toBe(2);
  });

  it("is refused a token when the assertion is not signed with a key the tool publishes", async () => {
    forgetPlatformTokens();
    const c = await course();
    p.trustTool(async () => ({ keys: [] })); // the platform has other keys on file for the tool
    try {
      const attemptId = await answerAndSubmit(c, { shortAnswer: false });
      expect(await deliverLtiScores()).toMatchObject({ retrying: 1 });
      expect(p.lastRefusal).toMatch(/^assertion/);
      expect((await prisma.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId } })).lastError).toMatch(/401/);
    } finally {
      p.trustTool(async () => (await jwksGet()).json());
    }
  });
});
