import type { Page } from "@playwright/test";
import { seedLiveAssignment } from "../tests/fixtures/live-data";
import { passage, seedAssignment as seedDiscussion, submitAnswer } from "./support/discussion-data";
import { expect, signIn, sql, test } from "./support/fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./support/quiz-fixtures";

/** Collects the console's CSP complaints and the page's uncaught errors. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** React hydrated the page: it has attached its fiber to the server-rendered <main>. */
async function expectHydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(document.getElementById("main") ?? {}).some((k) => k.startsWith("__react"))),
    )
    .toBe(true);
}

const scriptSrc = (csp: string) => csp.split(";").find((d) => d.trim().startsWith("script-src"))!;

test("too many wrong passwords lock sign-in for that account with a clear message", async ({ page, student }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(student.email);
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  // The 11th try is refused even with the right password.
  await page.getByLabel("Password").fill("e2e-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Too many sign-in attempts for this account. Wait 15 minutes" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("pages carry security headers and load without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/essays/russia-taliban-engagement#p2");
  const h = res!.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-powered-by"]).toBeUndefined();
  // A nonce per request; no inline script without it but the essay panel's own, by its hash. ('strict-dynamic':
  // scripts Next's nonced scripts load run.)
  expect(scriptSrc(h["content-security-policy"]!)).toMatch(
    /^\s*script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'sha256-[A-Za-z0-9+/]{43}=' 'strict-dynamic'$/,
  );
  expect(scriptSrc(h["content-security-policy"]!)).not.toContain("'unsafe-inline'");
  // The page hydrated (the passage highlighter ran) under the policy.
  await expect(page.locator("#p2")).toHaveAttribute("data-active", "true");
  expect(violations).toEqual([]);
});

test("an expired or forged session sends the visitor to sign in instead of crashing", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "next-auth.session-token", value: "forged.token.value", url: baseURL! }]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("every page request gets its own nonce, on the header and on Next's scripts; API routes keep the static policy", async ({
  request,
}) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/essays");
    const csp = res.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  const api = (await request.get("/api/health")).headers()["content-security-policy"]!;
  expect(api).toContain("frame-ancestors 'none'");
  expect(scriptSrc(api).trim()).toBe("script-src 'self'");
});

test("pages with client components (quiz, discussion, live) hydrate under the nonce policy with no violation", async ({
  page,
  browser,
  instructor,
  student,
}) => {
  test.setTimeout(90_000);
  const problems = watch(page);
  // Quiz: the student answers and the autosave (a client component) saves it.
  const cls = await seedClass(instructor.id);
  await enroll(cls.id, student.id);
  const set = await seedSet(instructor.id);
  const quiz = await seedAssignment(cls.id, set.setId);
  await signIn(page, student);
  await expectHydrated(page);
  await page.goto(`/assignments/${quiz.id}/take`);
  await expectHydrated(page);
  // Discussion: the essay beside the answers.
  const cites = [await passage("moscows-geopolitical-gamble", 1, 1)];
  const d = await seedDiscussion({
    instructor,
    students: [student],
    type: "SHORT_ANSWER",
    prompt: "Why does Moscow engage?",
    content: {},
    cites,
  });
  await submitAnswer(
    d,
    student,
    { text: "For leverage." },
    cites.map((c) => c.id),
  );
  await page.goto(`${d.url}/discussion`);
  await expectHydrated(page);
  // Live: the instructor's presenter view (server-sent events, a client component throughout).
  const live = await seedLiveAssignment((text, params) => sql(text, params), {
    instructorId: instructor.id,
    studentIds: [student.id],
    title: "Live check",
  });
  const teacher = await (await browser.newContext()).newPage();
  const teacherProblems = watch(teacher);
  await signIn(teacher, instructor);
  await teacher.goto(`/assignments/${live.assignmentId}/live`);
  await teacher.getByRole("button", { name: "Start live session" }).click();
  await teacher.waitForURL(/\/live\/[^/]+\/present$/);
  await expectHydrated(teacher);
  expect(problems).toEqual([]);
  expect(teacherProblems).toEqual([]);
});
