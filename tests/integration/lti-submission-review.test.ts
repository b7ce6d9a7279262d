// LTI Submission Review Service 1.0 with the platform peer (tests/support/lti-platform.ts): a teacher's
// LtiSubmissionReviewRequest opens the learner's attempt on the link's assignment, a learner's opens only their
// own, and every other case is refused (or answered with a notice) with nothing changed.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as jwksGet } from "@/app/api/lti/jwks/route";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { LtiPlatform, ROLE, type LaunchSpec } from "../support/lti-platform";
import { BASE, footprint, launch, registerPlatform } from "../support/lti-tool";
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

/** A course with a link on an assignment, a teacher and a learner who launched into it. */
async function course() {
  const context = { id: `course-${randomUUID()}`, title: "Review seminar" };
  const resourceLink = { id: `link-${randomUUID()}`, title: "Week 4" };
  const teacher = { sub: `t-${randomUUID()}`, name: "Rhea Reviewer", roles: [ROLE.instructor] };
  expect((await launch(p, { user: teacher, context, resourceLink })).status).toBe(303);
  const ctx = await prisma.ltiContext.findFirstOrThrow({ where: { contextId: context.id }, include: { class: true } });
  const set = await prisma.questionSet.create({ data: { title: "Reviewed", ownerId: ctx.class.instructorId } });
  const assignment = await prisma.assignment.create({
    data: { classId: ctx.classId, setId: set.id, title: "Week 4 reading" },
  });
  await prisma.ltiResourceLink.updateMany({
    where: { resourceLinkId: resourceLink.id },
    data: { assignmentId: assignment.id },
  });
  const student = { sub: `s-${randomUUID()}`, name: "Sam Submitter", roles: [ROLE.learner] };
  expect((await launch(p, { user: student, context, resourceLink })).status).toBe(303);
  const studentId = (await prisma.ltiUserLink.findFirstOrThrow({ where: { sub: student.sub } })).userId;
  const review = (user: LaunchSpec["user"], of: { sub: string; name: string }, over: Partial<LaunchSpec> = {}) =>
    launch(p, { user, context, resourceLink, reviewOf: of, ...over });
  return { context, resourceLink, teacher, student, studentId, assignment, review };
}

describe("LTI submission review", () => {
  it("opens the learner's attempt to the course's teacher", async () => {
    const c = await course();
    const res = await c.review(c.teacher, c.student);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${BASE}/assignments/${c.assignment.id}/report/students/${c.studentId}`);
  });

  it("opens a learner's own submission on their assignment page, and no one else's", async () => {
    const c = await course();
    const own = await c.review(c.student, c.student);
    expect(own.headers.get("location")).toBe(`${BASE}/assignments/${c.assignment.id}`);

    const before = await footprint(prisma, p);
    const other = await c.review(c.student, { sub: c.teacher.sub, name: c.teacher.name });
    expect(other.status).toBe(400);
    expect(other.headers.get("x-lti-refusal")).toBe("review_role");
    expect(await other.text()).toContain("Only a teacher of this course can open another person&#39;s submission");
    expect(await footprint(prisma, p)).toEqual(before);
  });

  it("answers with a notice for a learner who never opened the assignment", async () => {
    const c = await course();
    const res = await c.review(c.teacher, { sub: `s-${randomUUID()}`, name: "Nell Never" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Nell Never has not opened this assignment in Passage");
  });

  it("refuses another course's teacher, a link with no assignment, an unknown course and a missing for_user", async () => {
    const c = await course();
    const before = await footprint(prisma, p);
    const stranger = { sub: `t-${randomUUID()}`, name: "Otto Other", roles: [ROLE.instructor] };
    const taken = await c.review(stranger, c.student);
    expect(taken.headers.get("x-lti-refusal")).toBe("course_taken");

    const noLink = await c.review(c.teacher, c.student, { resourceLink: { id: `link-${randomUUID()}`, title: "New" } });
    expect(noLink.headers.get("x-lti-refusal")).toBe("review_link");

    const noCourse = await c.review(c.teacher, c.student, { context: { id: `course-${randomUUID()}`, title: "None" } });
    expect(noCourse.headers.get("x-lti-refusal")).toBe("course_not_ready");

    const noUser = await c.review(c.teacher, c.student, {
      claims: { "https://purl.imsglobal.org/spec/lti/claim/for_user": undefined },
    });
    expect(noUser.headers.get("x-lti-refusal")).toBe("claims");
    expect(await footprint(prisma, p)).toEqual(before);
  });
});
