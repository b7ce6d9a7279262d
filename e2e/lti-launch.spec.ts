// LTI 1.3 launches in real Chromium, cross-site: the platform peer (tests/support/lti-platform.ts) serves its course
// pages on `localhost` while the app runs on 127.0.0.1, so the browser treats the app as a third party, as an LMS's
// iframe would. An admin registers the peer on /admin/lti; the instructor's launch lands on the new class,
// the student's on the linked assignment; inside the LMS's iframe the launch continues in a new window.
import { randomUUID } from "node:crypto";
import { LtiPlatform, ROLE, type LaunchSpec } from "../tests/support/lti-platform";
import { expect, expectNoA11yViolations, signIn, sql, test } from "./support/fixtures";
import { seedAssignment, seedSet } from "./support/quiz-fixtures";

let peer: LtiPlatform;
test.beforeAll(async () => {
  peer = await new LtiPlatform("localhost").start();
});
test.afterAll(async () => {
  await peer.stop();
});

test("an admin registers the LMS; its teacher and student launch into the class and the assignment", async ({
  page,
  browser,
  instructor,
  baseURL,
}) => {
  // The admin sees every registration (the integration tests make some in the same database): name this one.
  const lmsName = `Peer LMS ${randomUUID().slice(0, 8)}`;
  // Registering an LMS serves the whole deployment: admins only.
  await sql(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [instructor.id]);
  await signIn(page, instructor);
  await page.goto("/admin/lti");
  await expect(page.getByText(`${baseURL}/api/lti/login`)).toBeVisible();
  await expectNoA11yViolations(page);
  const fields: Record<string, string> = {
    Name: lmsName,
    "Issuer (platform ID)": peer.issuer,
    "Client ID": peer.clientId,
    "Deployment IDs": peer.deploymentId,
    "Authentication request URL": peer.urls.auth,
    "Access token URL": peer.urls.token,
    "Public keyset URL": peer.urls.jwks,
  };
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Register LMS" }).click();
  await expect(page.getByText("Registered. Launches from this LMS work now.")).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(lmsName) })).toBeVisible();

  const course = { id: `course-${randomUUID()}`, title: "Seminar from the LMS" };
  const resourceLink = { id: `link-${randomUUID()}`, title: "Week 1" };
  const teacher: LaunchSpec = {
    user: { sub: `t-${randomUUID()}`, name: "Lena Lecturer", roles: [ROLE.instructor] },
    context: course,
    resourceLink,
  };
  const lms = await browser.newContext();
  const teacherPage = await lms.newPage();
  await teacherPage.goto(coursePage(baseURL!, teacher));
  await teacherPage.getByRole("button", { name: "Open Passage" }).click();
  await expect(teacherPage.getByRole("heading", { level: 1, name: "Seminar from the LMS" })).toBeVisible();
  expect(new URL(teacherPage.url()).pathname).toMatch(/^\/classes\//);
  await lms.close();

  // The teacher picks an assignment for the link (Deep Linking will do this from the LMS).
  const [ctx] = await sql<{ classId: string; instructorId: string }>(
    `SELECT c."classId", k."instructorId" FROM "LtiContext" c JOIN "Class" k ON k.id = c."classId" WHERE c."contextId" = $1`,
    [course.id],
  );
  const set = await seedSet(ctx!.instructorId, "LMS reading check");
  const assignment = await seedAssignment(ctx!.classId, set.setId, { title: "Week 1 from the LMS" });
  await sql(`UPDATE "LtiResourceLink" SET "assignmentId" = $1 WHERE "resourceLinkId" = $2`, [
    assignment.id,
    resourceLink.id,
  ]);

  const student: LaunchSpec = {
    user: { sub: `s-${randomUUID()}`, name: "Sami Student", roles: [ROLE.learner] },
    context: course,
    resourceLink,
  };
  const studentCtx = await browser.newContext();
  const studentPage = await studentCtx.newPage();
  await studentPage.goto(coursePage(baseURL!, student));
  await studentPage.getByRole("button", { name: "Open Passage" }).click();
  await expect(studentPage.getByRole("heading", { level: 1, name: "Week 1 from the LMS" })).toBeVisible();
  expect(new URL(studentPage.url()).pathname).toBe(`/assignments/${assignment.id}`);
  await expect(studentPage.getByText("Sami Student")).toBeVisible();

  // Inside the LMS's iframe the browser drops the app's cookies: the launch offers a new window, signed in there.
  const framed = await studentCtx.newPage();
  await framed.goto(coursePage(baseURL!, student, true));
  const frame = framed.frameLocator("iframe[name=tool]");
  const open = frame.getByRole("link", { name: "Open Passage in a new window" });
  await expect(open).toBeVisible();
  const [popup] = await Promise.all([framed.waitForEvent("popup"), open.click()]);
  await expect(popup.getByRole("heading", { level: 1, name: "Week 1 from the LMS" })).toBeVisible();
  await studentCtx.close();
});

function coursePage(baseURL: string, spec: LaunchSpec, framed = false): string {
  const q = new URLSearchParams({
    tool: `${baseURL}/api/lti/login`,
    target: `${baseURL}/`,
    hint: peer.prepare(spec),
    ...(framed ? { frame: "1" } : {}),
  });
  return `${peer.issuer}/course?${q}`;
}
