// Grades back to the LMS (LTI Assignment and Grade Services) in real Chromium and real HTTP: a student launched
// from the platform peer's course page (tests/support/lti-platform.ts) answers and submits on a phone, and the
// peer's line item receives the score (PendingManual while a short answer waits); the teacher, launched from the
// same course, sees the gradebook in sync on the assignment page, grades the short answer, and the peer receives
// the new score, FullyGraded, with the feedback.
import { randomUUID } from "node:crypto";
import { LtiPlatform, ROLE, type LaunchSpec } from "../tests/support/lti-platform";
import { expect, expectNoA11yViolations, sql, test } from "./support/fixtures";
import { registerPeer } from "./support/lti";
import { SECRETS, seedAssignment, seedSet } from "./support/quiz-fixtures";

let peer: LtiPlatform;
test.beforeAll(async () => {
  peer = await new LtiPlatform("localhost").start();
});
test.afterAll(async () => {
  await peer.stop();
});

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("a student launched from the LMS submits and the LMS gradebook receives the score, then the teacher's grade", async ({
  browser,
  instructor,
  baseURL,
}) => {
  test.setTimeout(120_000); // two launches, a quiz, a grade, and the scores' round trips to the peer
  await registerPeer(peer, instructor.id, baseURL!);
  const course = { id: `course-${randomUUID()}`, title: "Seminar with grades" };
  const resourceLink = { id: `link-${randomUUID()}`, title: "Week 2" };
  const teacher: LaunchSpec = {
    user: { sub: `t-${randomUUID()}`, name: "Greta Grader", roles: [ROLE.instructor] },
    context: course,
    resourceLink,
  };
  const teacherCtx = await browser.newContext();
  const t = await teacherCtx.newPage();
  await t.goto(coursePage(baseURL!, teacher));
  await t.getByRole("button", { name: "Open Passage" }).click();
  await expect(t.getByRole("heading", { level: 1, name: "Seminar with grades" })).toBeVisible();

  const [ctx] = await sql<{ classId: string; instructorId: string }>(
    `SELECT c."classId", k."instructorId" FROM "LtiContext" c JOIN "Class" k ON k.id = c."classId" WHERE c."contextId" = $1`,
    [course.id],
  );
  const set = await seedSet(ctx!.instructorId, "Graded from the LMS");
  const assignment = await seedAssignment(ctx!.classId, set.setId, { title: "Week 2 reading" });
  await sql(`UPDATE "LtiResourceLink" SET "assignmentId" = $1 WHERE "resourceLinkId" = $2`, [
    assignment.id,
    resourceLink.id,
  ]);

  // The student, on a phone, launches, answers the choice question and the short answer, and submits.
  const studentSpec: LaunchSpec = {
    user: { sub: `s-${randomUUID()}`, name: "Pia Pupil", roles: [ROLE.learner] },
    context: course,
    resourceLink,
  };
  const studentCtx = await browser.newContext(phone);
  const s = await studentCtx.newPage();
  await s.goto(coursePage(baseURL!, studentSpec));
  await s.getByRole("button", { name: "Open Passage" }).click();
  await expect(s.getByRole("heading", { level: 1, name: "Week 2 reading" })).toBeVisible();
  await s.getByRole("button", { name: "Start quiz" }).click();
  await s.getByRole("radio", { name: "Formally recognised them" }).check();
  await s.getByRole("textbox", { name: "Your answer" }).fill(`It buys ${SECRETS.keyword} in the region.`);
  await expect(s.getByTestId("save-status")).toHaveText(/Saved/);
  await s.getByRole("button", { name: "Submit answers" }).click();
  await s.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(s.getByText("Awaiting grading")).toBeVisible();
  await expectNoA11yViolations(s);

  // The LMS's line item receives the score: 1 of 5 points so far, the short answer waiting for the teacher.
  await expect.poll(() => peer.scoresFor(resourceLink.id).length).toBe(1);
  const [first] = peer.scoresFor(resourceLink.id);
  expect(first).toMatchObject({
    userId: studentSpec.user.sub,
    scoreGiven: 1,
    scoreMaximum: 5,
    activityProgress: "Completed",
    gradingProgress: "PendingManual",
  });

  // The teacher sees the gradebook in sync, grades the short answer, and the LMS receives the new total.
  await t.goto(`/assignments/${assignment.id}`);
  await expect(t.getByRole("heading", { name: "LMS gradebook" })).toBeVisible();
  await expect(t.getByText("All grades are in the LMS (1 student).")).toBeVisible();
  await expectNoA11yViolations(t);
  await t.goto(`/assignments/${assignment.id}/grade`);
  await t.getByLabel("Score for Pia Pupil (out of 2)").fill("1.5");
  await t.getByLabel("Feedback for Pia Pupil").fill("Name the security interest too.");
  await t.getByRole("button", { name: "Save grade" }).click();
  await expect(t.getByText("Grade saved.")).toBeVisible();
  await expect.poll(() => peer.scoresFor(resourceLink.id).length).toBe(2);
  expect(peer.scoresFor(resourceLink.id)[1]).toMatchObject({
    userId: studentSpec.user.sub,
    scoreGiven: 2.5,
    scoreMaximum: 5,
    comment: "Name the security interest too.",
    gradingProgress: "FullyGraded",
  });
  await teacherCtx.close();
  await studentCtx.close();
});

function coursePage(baseURL: string, spec: LaunchSpec): string {
  const q = new URLSearchParams({ tool: `${baseURL}/api/lti/login`, target: `${baseURL}/`, hint: peer.prepare(spec) });
  return `${peer.issuer}/course?${q}`;
}
