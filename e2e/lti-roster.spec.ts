// Roster sync from the LMS (LTI Names and Role Provisioning Services) and submission review, in real Chromium over
// real HTTP with the platform peer (tests/support/lti-platform.ts): a teacher launched from the peer's course syncs
// the roster on the class page and sees who is enrolled, who is inactive, and, on the assignment, who never opened
// it; a failing LMS shows why and changes nothing; the gradebook's "review submission" launch opens a learner's
// attempt to the teacher.
import { randomUUID } from "node:crypto";
import { LtiPlatform, ROLE, type LaunchSpec, type RosterEntry } from "../tests/support/lti-platform";
import { expect, expectNoA11yViolations, sql, test } from "./support/fixtures";
import { registerPeer } from "./support/lti";
import { seedAssignment, seedSet } from "./support/quiz-fixtures";

// A peer per test: each registers it (issuer and client id are unique per registration).
let peer: LtiPlatform;
test.beforeEach(async () => {
  peer = await new LtiPlatform("localhost").start();
});
test.afterEach(async () => {
  await peer.stop();
});

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function coursePage(baseURL: string, spec: LaunchSpec): string {
  const q = new URLSearchParams({ tool: `${baseURL}/api/lti/login`, target: `${baseURL}/`, hint: peer.prepare(spec) });
  return `${peer.issuer}/course?${q}`;
}

test("a teacher syncs the roster from the LMS and sees who never opened the assignment", async ({
  browser,
  instructor,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await registerPeer(peer, instructor.id, baseURL!);
  const course = { id: `course-${randomUUID()}`, title: "Seminar with a roster" };
  const resourceLink = { id: `link-${randomUUID()}`, title: "Week 5" };
  const teacher: LaunchSpec = {
    user: { sub: `t-${randomUUID()}`, name: "Rosa Roster", roles: [ROLE.instructor] },
    context: course,
    resourceLink,
  };
  const teacherCtx = await browser.newContext();
  const t = await teacherCtx.newPage();
  await t.goto(coursePage(baseURL!, teacher));
  await t.getByRole("button", { name: "Open Passage" }).click();
  await expect(t.getByRole("heading", { level: 1, name: "Seminar with a roster" })).toBeVisible();
  const classUrl = t.url();

  const [ctx] = await sql<{ classId: string; instructorId: string }>(
    `SELECT c."classId", k."instructorId" FROM "LtiContext" c JOIN "Class" k ON k.id = c."classId" WHERE c."contextId" = $1`,
    [course.id],
  );
  const set = await seedSet(ctx!.instructorId, "Roster reading");
  const assignment = await seedAssignment(ctx!.classId, set.setId, { title: "Week 5 reading" });
  await sql(`UPDATE "LtiResourceLink" SET "assignmentId" = $1 WHERE "resourceLinkId" = $2`, [
    assignment.id,
    resourceLink.id,
  ]);

  // One learner opens the assignment from the LMS on a phone and starts it; the others never do.
  const pia: LaunchSpec = {
    user: { sub: `s-${randomUUID()}`, name: "Pia Present", roles: [ROLE.learner] },
    context: course,
    resourceLink,
  };
  const studentCtx = await browser.newContext(phone);
  const s = await studentCtx.newPage();
  await s.goto(coursePage(baseURL!, pia));
  await s.getByRole("button", { name: "Open Passage" }).click();
  await s.getByRole("button", { name: "Start quiz" }).click();
  await expect(s).toHaveURL(/\/take/);
  await studentCtx.close();

  const roster: RosterEntry[] = [
    { user_id: teacher.user.sub, name: "Rosa Roster", roles: [ROLE.instructor] },
    { user_id: pia.user.sub, name: "Pia Present", roles: [ROLE.learner] },
    { user_id: `s-${randomUUID()}`, name: "Nico Never", roles: [ROLE.learner] },
    { user_id: `s-${randomUUID()}`, name: "Ivy Inactive", roles: [ROLE.learner], status: "Inactive" },
  ];
  peer.rosters.set(course.id, roster);
  peer.rosterPageSize = 2; // two pages: the tool follows rel="next"

  await t.goto(classUrl);
  const rosterSection = t.getByRole("region", { name: "Roster" });
  await expect(rosterSection.getByText("Pia Present", { exact: true })).toBeVisible();
  await expect(rosterSection.getByText("Nico Never", { exact: true })).toHaveCount(0);
  await t.getByRole("button", { name: "Sync roster from Peer LMS" }).click();
  await expect(t.getByRole("status").filter({ hasText: "Roster synced" })).toHaveText(
    "Roster synced: 4 members, 2 students enrolled, 2 new, 1 inactive.",
  );
  await expect(t.getByRole("heading", { level: 1, name: "Seminar with a roster" })).toBeVisible();
  await expect(t.getByText("2 students", { exact: true })).toBeVisible();
  await expect(rosterSection.getByText("Nico Never", { exact: true })).toBeVisible();
  await expect(rosterSection.getByText("Pia Present", { exact: true })).toBeVisible();
  const inactive = rosterSection.getByRole("listitem").filter({ hasText: "Ivy Inactive" });
  await expect(inactive).toContainText("inactive");
  await expect(rosterSection.getByText("Roster last synced")).toBeVisible();
  // LMS accounts have no e-mail of theirs: the roster says where they come from instead of a placeholder.
  await expect(rosterSection.getByText("from Peer LMS", { exact: true })).toHaveCount(2);
  await expect(rosterSection.getByText("lti.invalid")).toHaveCount(0);
  await expectNoA11yViolations(t);
  await t.screenshot({ path: testInfo.outputPath("class-roster-laptop.png"), fullPage: true });

  // The assignment's list now has the learner who never opened it.
  await t.goto(`/assignments/${assignment.id}`);
  const students = t.getByRole("region", { name: /Students:/ });
  await expect(students.getByRole("listitem").filter({ hasText: "Nico Never" })).toContainText("not started");
  await expect(students.getByRole("listitem").filter({ hasText: "Pia Present" })).toContainText("in progress");
  await expect(students.getByText("Ivy Inactive")).toHaveCount(0);

  // The LMS fails: the teacher reads why, and nothing changes.
  peer.outage = true;
  await t.goto(classUrl);
  await t.getByRole("button", { name: "Sync roster from Peer LMS" }).click();
  const refusal = t.getByRole("alert").filter({ hasText: "Peer LMS did not give Passage the roster" });
  await expect(refusal).toContainText("Nothing was changed.");
  await expect(t.getByText("2 students", { exact: true })).toBeVisible();
  await expectNoA11yViolations(t);
  peer.outage = false;
  await teacherCtx.close();

  // The same page on a phone.
  const phoneCtx = await browser.newContext(phone);
  const tp = await phoneCtx.newPage();
  await tp.goto(coursePage(baseURL!, teacher));
  await tp.getByRole("button", { name: "Open Passage" }).click();
  await expect(tp.getByRole("heading", { level: 1, name: "Week 5 reading" })).toBeVisible();
  await tp.goto(classUrl);
  await tp.getByRole("button", { name: "Sync roster from Peer LMS" }).click();
  await expect(tp.getByRole("status").filter({ hasText: "Roster synced" })).toContainText("0 new");
  await expectNoA11yViolations(tp);
  await tp.screenshot({ path: testInfo.outputPath("class-roster-phone.png"), fullPage: true });
  await phoneCtx.close();
});

test("the LMS gradebook's review launch opens the learner's attempt to the teacher", async ({
  browser,
  instructor,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await registerPeer(peer, instructor.id, baseURL!);
  const course = { id: `course-${randomUUID()}`, title: "Seminar under review" };
  const resourceLink = { id: `link-${randomUUID()}`, title: "Week 6" };
  const teacher = { sub: `t-${randomUUID()}`, name: "Rhea Reviewer", roles: [ROLE.instructor] };
  const student = { sub: `s-${randomUUID()}`, name: "Sam Submitter", roles: [ROLE.learner] };
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(coursePage(baseURL!, { user: teacher, context: course, resourceLink }));
  await page.getByRole("button", { name: "Open Passage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seminar under review" })).toBeVisible();
  const [c] = await sql<{ classId: string; instructorId: string }>(
    `SELECT c."classId", k."instructorId" FROM "LtiContext" c JOIN "Class" k ON k.id = c."classId" WHERE c."contextId" = $1`,
    [course.id],
  );
  const set = await seedSet(c!.instructorId, "Reviewed reading");
  const assignment = await seedAssignment(c!.classId, set.setId, { title: "Week 6 reading" });
  await sql(`UPDATE "LtiResourceLink" SET "assignmentId" = $1 WHERE "resourceLinkId" = $2`, [
    assignment.id,
    resourceLink.id,
  ]);
  const studentCtx = await browser.newContext(phone);
  const s = await studentCtx.newPage();
  await s.goto(coursePage(baseURL!, { user: student, context: course, resourceLink }));
  await s.getByRole("button", { name: "Open Passage" }).click();
  await expect(s.getByRole("heading", { level: 1, name: "Week 6 reading" })).toBeVisible();
  await studentCtx.close();

  await page.goto(coursePage(baseURL!, { user: teacher, context: course, resourceLink, reviewOf: student }));
  await page.getByRole("button", { name: "Open Passage" }).click();
  await expect(page).toHaveURL(new RegExp(`/assignments/${assignment.id}/report/students/`));
  await expect(page.getByRole("heading", { level: 1, name: "Sam Submitter" })).toBeVisible();
  await expect(page.getByText("This student has not submitted this assignment yet.")).toBeVisible();
  await expect(page.getByText("lti.invalid")).toHaveCount(0);
  await expectNoA11yViolations(page);
  await ctx.close();
});
