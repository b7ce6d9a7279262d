import { request } from "@playwright/test";
import { signIn } from "./support/authz-session";
import { expect, test } from "./support/fixtures";

test("signing out ends the session: a copied cookie no longer opens pages or saves answers", async ({
  student,
  baseURL,
}) => {
  const ctx = await signIn(baseURL!, student.email);
  const copied = (await ctx.storageState()).cookies.filter((c) => c.name.endsWith("next-auth.session-token"));
  expect(copied).toHaveLength(1);
  const cookie = `${copied[0]!.name}=${copied[0]!.value}`;
  const thief = await request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  // Before sign-out the copy works like the original.
  expect((await thief.get("/dashboard", { maxRedirects: 0 })).status()).toBe(200);

  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });

  const page = await thief.get("/dashboard", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toContain("/sign-in");
  // The autosave reads the session itself (no next-auth call): it refuses the copy too.
  const save = await thief.put("/api/attempts/none/responses/none", {
    data: { answer: { text: "x" }, clientSeq: 1 },
    failOnStatusCode: false,
  });
  expect(save.status()).toBe(401);
  await thief.dispose();
  await ctx.dispose();
});
