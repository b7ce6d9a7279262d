// LTI Deep Linking round trip in real Chromium: the teacher adds an activity from the platform peer's course page
// (tests/support/lti-platform.ts), picks a set and its settings in Passage, and the browser posts the signed
// response back to the peer, which shows the activity added; a student's launch of the new link lands on the
// assignment. A learner's deep linking request gets a clear page and changes nothing.
import { randomUUID } from "node:crypto";
import { LtiPlatform, ROLE, type LaunchSpec } from "../tests/support/lti-platform";
import { expect, expectNoA11yViolations, sql, test } from "./support/fixtures";
import { registerPeer } from "./support/lti";
import { seedSet } from "./support/quiz-fixtures";

let peer: LtiPlatform;
test.beforeAll(async () => {
  peer = await new LtiPlatform("localhost").start();
});
test.afterAll(async () => {
  await peer.stop();
});

test("a teacher adds a Passage activity from the LMS; the LMS gets a graded link that opens the assignment", async ({
  browser,
  instructor,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await registerPeer(peer, instructor.id, baseURL!);
  const course = { id: `course-${randomUUID()}`, title: "Seminar with activities" };
  const teacher: LaunchSpec = {
    user: { sub: `t-${randomUUID()}`, name: "Dana Deeplink", roles: [ROLE.instructor] },
    context: course,
    deepLinking: true,
  };

  // A learner posing as the teacher in a deep linking request: refused, nothing made.
  const posing = await browser.newContext();
  const p0 = await posing.newPage();
  await p0.goto(
    coursePage(baseURL!, { ...teacher, user: { sub: `s-${randomUUID()}`, name: "Sly", roles: [ROLE.learner] } }),
  );
  await p0.getByRole("button", { name: "Open Passage" }).click();
  await expect(p0.getByRole("alert")).toHaveText(/Only a teacher of this course can choose/);
  expect(await sql(`SELECT 1 FROM "LtiContext" WHERE "contextId" = $1`, [course.id])).toHaveLength(0);
  await posing.close();

  const ctx = await browser.newContext();
  const t = await ctx.newPage();
  await t.goto(coursePage(baseURL!, teacher));
  await t.getByRole("button", { name: "Open Passage" }).click();
  await expect(t.getByRole("heading", { level: 1, name: "Add a Passage activity to your course" })).toBeVisible();
  const [teacherRow] = await sql<{ userId: string }>(`SELECT "userId" FROM "LtiUserLink" WHERE sub = $1`, [
    teacher.user.sub,
  ]);
  await seedSet(teacherRow!.userId, "Chosen in the LMS");
  await t.reload();
  await expectNoA11yViolations(t);
  await t.getByLabel("Question set").selectOption({ label: "Chosen in the LMS (4 questions)" });
  await t.getByLabel("Attempts allowed").fill("2");
  await t.getByRole("button", { name: "Assign to class" }).click();
  // The browser posts the signed response to the LMS, which shows the activity it added.
  await expect(t.getByRole("heading", { name: "Activity added: Chosen in the LMS" })).toBeVisible();
  const item = peer.deepLinks.at(-1)!.contentItems[0]! as {
    lineItem: { scoreMaximum: number };
    custom: { passage_assignment_id: string };
  };
  expect(item).toMatchObject({ type: "ltiResourceLink", title: "Chosen in the LMS", lineItem: { scoreMaximum: 5 } });
  await ctx.close();

  // The LMS launches the new link with the item's custom parameters: the student lands on the assignment.
  const student: LaunchSpec = {
    user: { sub: `s-${randomUUID()}`, name: "Lin Learner", roles: [ROLE.learner] },
    context: course,
    resourceLink: { id: `link-${randomUUID()}`, title: "Chosen in the LMS" },
    claims: { "https://purl.imsglobal.org/spec/lti/claim/custom": item.custom },
  };
  const sctx = await browser.newContext();
  const s = await sctx.newPage();
  await s.goto(coursePage(baseURL!, student));
  await s.getByRole("button", { name: "Open Passage" }).click();
  await expect(s.getByRole("heading", { level: 1, name: "Chosen in the LMS" })).toBeVisible();
  expect(new URL(s.url()).pathname).toBe(`/assignments/${item.custom.passage_assignment_id}`);
  await sctx.close();
});

function coursePage(baseURL: string, spec: LaunchSpec): string {
  const q = new URLSearchParams({ tool: `${baseURL}/api/lti/login`, target: `${baseURL}/`, hint: peer.prepare(spec) });
  return `${peer.issuer}/course?${q}`;
}
