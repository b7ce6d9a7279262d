// Per-IP limits over real HTTP. The server trusts one proxy (playwright.config.ts), so each test picks its
// clients' addresses through X-Forwarded-For, as the proxy would report them.
import { request } from "@playwright/test";
import { form } from "./support/authz-actions";
import { signIn as signInRequest } from "./support/authz-session";
import { createUser, expect, newClientAddress, PASSWORD, signIn, test } from "./support/fixtures";
import { seedClass } from "./support/quiz-fixtures";
import { callAction, loadActions } from "./support/server-actions";

const actions = loadActions();
const action = (key: string) => {
  const ref = actions.get(key);
  if (!ref) throw new Error(`no action ${key} in the build`);
  return ref;
};

test("31 wrong join codes from one address: the 31st is refused with the wait; another address still joins", async ({
  browser,
  baseURL,
  instructor,
  student,
}) => {
  const cls = await seedClass(instructor.id, "Rate-limited class");
  const school = newClientAddress();
  const ref = action("app/join/actions.ts#joinClassAction");
  // A scripted guesser from the school's address, signed in as a student.
  const guesser = await createUser("STUDENT");
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": school } });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: guesser.email, password: PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  for (let i = 0; i < 30; i++) {
    const r = await callAction(ctx, ref, `${baseURL}/join`, [{ ok: false }, form({ code: `ZQ${1000 + i}` })]);
    expect(r.value, `guess ${i + 1}`).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No class has that join code/),
    });
  }
  // The 31st try from that address, by a student in the browser with the right code: refused, with the wait.
  const sameSchool = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": school } });
  const page = await sameSchool.newPage();
  await signIn(page, student);
  await page.goto("/join");
  await page.getByLabel("Join code").fill(cls.joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Too many wrong join codes from your network. Wait 15 minutes and try again." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/join$/);
  // The join link says the same rather than showing the class.
  await page.goto(`/join/${cls.joinCode}`);
  await expect(
    page.getByRole("alert").filter({ hasText: "Too many wrong join codes from your network" }),
  ).toBeVisible();

  // From another address the same student joins at once.
  const home = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": newClientAddress() } });
  const other = await home.newPage();
  await signIn(other, student);
  await other.goto("/join");
  await other.getByLabel("Join code").fill(cls.joinCode);
  await other.getByRole("button", { name: "Join class" }).click();
  await expect(other).toHaveURL(/\/dashboard\?joined=/);
  await Promise.all([ctx.dispose(), sameSchool.close(), home.close()]);
});

test("sign-up: 20 accounts an hour from one address, the 21st is refused with the wait", async ({ baseURL }) => {
  const ref = action("app/(auth)/sign-up/actions.ts#signUpAction");
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": newClientAddress() } });
  const tag = `${Date.now().toString(36)}${process.pid}`;
  const signUp = (i: number) =>
    callAction(ctx, ref, `${baseURL}/sign-up`, [
      { ok: false },
      form({ name: `Bulk ${i}`, email: `bulk-${i}-${tag}@e2e.school`, password: "a-long-password", role: "STUDENT" }),
    ]);
  for (let i = 0; i < 20; i++) expect((await signUp(i)).value, `sign-up ${i + 1}`).toMatchObject({ ok: true });
  expect((await signUp(20)).value).toEqual({
    ok: false,
    message: expect.stringMatching(/^Too many sign-ups from your network\. Wait (60|59) minutes and try again\.$/),
  });
  await ctx.dispose();
});

test("sign-in: one password sprayed over 100 accounts from one address stops the 101st try, right or wrong", async ({
  baseURL,
  student,
}) => {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": newClientAddress() } });
  const attempt = async (email: string, password: string) => {
    const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      maxRedirects: 0,
    });
    return decodeURIComponent(new URL((await res.json()).url as string).searchParams.get("error") ?? "");
  };
  const tag = `${Date.now().toString(36)}${process.pid}`;
  for (let i = 0; i < 100; i++)
    expect(await attempt(`sprayed-${i}-${tag}@e2e.school`, "Spring2026!"), `try ${i + 1}`).toMatch(/do not match/);
  expect(await attempt(student.email, PASSWORD)).toBe(
    "Too many failed sign-ins from your network. Wait 15 minutes and try again.",
  );
  await ctx.dispose();
  // The same person from another address (the fixture's own) signs in as usual.
  const elsewhere = await signInRequest(baseURL!, student.email);
  await elsewhere.dispose();
});
