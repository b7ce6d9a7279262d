// LTI Deep Linking 2.0 with the platform peer (tests/support/lti-platform.ts): a teacher's request lands on the
// page that picks the set; a learner's changes nothing; the signed response carries an ltiResourceLink with a line
// item worth the set's points and the assignment in `custom`, the peer accepts it, and the link's launches land
// on the assignment.
import { randomUUID } from "node:crypto";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as jwksGet } from "@/app/api/lti/jwks/route";
import type { SessionUser } from "@/server/auth/session";
import { answerLtiDeepLink } from "@/server/lti/answer-lti-deep-link";
import { forgetPlatformKeys } from "@/server/lti/platform-key-resolver";
import { LtiPlatform, ROLE } from "../support/lti-platform";
import { BASE, footprint, launch, registerPlatform } from "../support/lti-tool";
import { prismaFor } from "../support/test-db";

const prisma = prismaFor();
let p: LtiPlatform;
const toolJwks = async () => (await jwksGet()).json();

beforeAll(async () => {
  forgetPlatformKeys();
  p = await new LtiPlatform().start();
  p.trustTool(toolJwks);
  await registerPlatform(prisma, p);
});
afterAll(async () => {
  await p.stop();
  await prisma.$disconnect();
});

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const settings = {
  title: "",
  opensAt: null,
  closesAt: null,
  attemptsAllowed: 2,
  timeLimitMinutes: null,
  shuffleQuestions: false,
  shuffleChoices: false,
  revealAnswers: "AFTER_SUBMIT" as const,
  peersAfterAnswer: true,
  anonymous: false,
  showPassages: true,
  onePerPage: false,
  guidedReading: false,
  mode: "SELF_PACED" as const,
};

async function teacherRequest() {
  const context = { id: `course-${randomUUID()}`, title: "Deep course" };
  const user = { sub: `t-${randomUUID()}`, name: "Dee Teacher", roles: [ROLE.instructor] };
  const res = await launch(p, { user, context, deepLinking: true });
  expect(res.status).toBe(303);
  const target = new URL(res.headers.get("location")!);
  const id = target.pathname.replace("/lti/deep-link/", "");
  const dl = await prisma.ltiDeepLink.findUniqueOrThrow({
    where: { id },
    include: { user: true, context: true },
  });
  const teacher: SessionUser = { id: dl.user.id, name: dl.user.name, email: dl.user.email, role: "INSTRUCTOR" };
  const set = await prisma.questionSet.create({ data: { title: "Deep set", ownerId: teacher.id } });
  for (const [i, points] of [2, 3].entries())
    await prisma.question.create({
      data: {
        setId: set.id,
        position: i,
        type: "TRUE_FALSE",
        prompt: `Q${i}`,
        content: {},
        answerKey: { correct: true },
        points,
      },
    });
  return { id, dl, teacher, set, context, target, user };
}

describe("LTI Deep Linking", () => {
  it("takes a teacher's request to the page that picks the set, in the course's class", async () => {
    const r = await teacherRequest();
    expect(r.target.toString()).toBe(`${BASE}/lti/deep-link/${r.id}`);
    expect(r.dl).toMatchObject({
      returnUrl: `${p.issuer}/deep-link-return`,
      data: `dl-${r.user.sub}`,
      responseJwt: null,
    });
    expect(r.dl.context.contextId).toBe(r.context.id);
  });

  it("refuses a learner's request with a clear page and changes nothing", async () => {
    const before = await footprint(prisma, p);
    const links = await prisma.ltiDeepLink.count();
    const res = await launch(p, {
      user: { sub: `s-${randomUUID()}`, name: "Posing Pupil", roles: [ROLE.learner] },
      context: { id: `course-${randomUUID()}`, title: "Other" },
      deepLinking: true,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-lti-refusal")).toBe("deep_link_role");
    expect(await res.text()).toContain("Only a teacher of this course can choose");
    expect(await footprint(prisma, p)).toEqual(before);
    expect(await prisma.ltiDeepLink.count()).toBe(links);
  });

  it("answers with a signed ltiResourceLink whose line item is worth the set's points; the LMS accepts it", async () => {
    const r = await teacherRequest();
    await answerLtiDeepLink({ user: r.teacher, id: r.id, input: { ...settings, setId: r.set.id }, base: BASE });
    const dl = await prisma.ltiDeepLink.findUniqueOrThrow({ where: { id: r.id }, include: { assignment: true } });
    expect(dl.assignment).toMatchObject({ classId: r.dl.context.classId, setId: r.set.id, attemptsAllowed: 2 });
    const { payload } = await jwtVerify(dl.responseJwt!, createLocalJWKSet(await toolJwks()), {
      issuer: p.clientId,
      audience: p.issuer,
    });
    expect(payload).toMatchObject({
      [`${LTI}message_type`]: "LtiDeepLinkingResponse",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: p.deploymentId,
      "https://purl.imsglobal.org/spec/lti-dl/claim/data": r.dl.data,
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items": [
        {
          type: "ltiResourceLink",
          title: "Deep set",
          url: `${BASE}/`,
          lineItem: {
            scoreMaximum: 5,
            label: "Deep set",
            resourceId: dl.assignmentId,
            // Submission Review Service 1.0: the gradebook may open a submitted attempt in Passage.
            submissionReview: { reviewableStatus: ["Submitted", "Completed"], label: "Open in Passage" },
          },
          custom: { passage_assignment_id: dl.assignmentId },
        },
      ],
    });
    // The browser posts it to the LMS's return URL: the peer checks it against the tool's keys and takes it.
    const back = await fetch(`${p.issuer}/deep-link-return`, {
      method: "POST",
      body: new URLSearchParams({ JWT: dl.responseJwt! }),
    });
    expect(back.status).toBe(200);
    expect(p.deepLinks.at(-1)?.contentItems[0]).toMatchObject({ title: "Deep set" });

    // A repeat (double submit) makes no second assignment and keeps the first answer.
    const count = await prisma.assignment.count({ where: { classId: r.dl.context.classId } });
    await answerLtiDeepLink({ user: r.teacher, id: r.id, input: { ...settings, setId: r.set.id }, base: BASE });
    expect(await prisma.assignment.count({ where: { classId: r.dl.context.classId } })).toBe(count);
    expect((await prisma.ltiDeepLink.findUniqueOrThrow({ where: { id: r.id } })).responseJwt).toBe(dl.responseJwt);

    // The LMS makes the link with the item's custom parameters: its launches land on the assignment.
    const link = { id: `link-${randomUUID()}`, title: "Deep set" };
    const custom = { [`${LTI}custom`]: { passage_assignment_id: dl.assignmentId } };
    const student = { sub: `s-${randomUUID()}`, name: "Dora Pupil", roles: [ROLE.learner] };
    const res = await launch(p, { user: student, context: r.context, resourceLink: link, claims: custom });
    expect(res.headers.get("location")).toBe(`${BASE}/assignments/${dl.assignmentId}`);
    expect((await prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: link.id } })).assignmentId).toBe(
      dl.assignmentId,
    );
  });

  it("does not let a link's custom parameter reach an assignment of another class", async () => {
    const mine = await teacherRequest();
    const other = await teacherRequest();
    await answerLtiDeepLink({
      user: other.teacher,
      id: other.id,
      input: { ...settings, setId: other.set.id },
      base: BASE,
    });
    const foreign = (await prisma.ltiDeepLink.findUniqueOrThrow({ where: { id: other.id } })).assignmentId;
    const link = { id: `link-${randomUUID()}`, title: "Sneaky" };
    const res = await launch(p, {
      user: mine.user,
      context: mine.context,
      resourceLink: link,
      claims: { [`${LTI}custom`]: { passage_assignment_id: foreign } },
    });
    expect(res.headers.get("location")).toBe(`${BASE}/classes/${mine.dl.context.classId}`);
    expect((await prisma.ltiResourceLink.findFirst({ where: { resourceLinkId: link.id } }))?.assignmentId ?? null).toBe(
      null,
    );
  });

  it("lets no other teacher answer the request", async () => {
    const r = await teacherRequest();
    const other = await teacherRequest();
    await expect(
      answerLtiDeepLink({ user: other.teacher, id: r.id, input: { ...settings, setId: other.set.id }, base: BASE }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.ltiDeepLink.findUniqueOrThrow({ where: { id: r.id } })).responseJwt).toBeNull();
  });
});
