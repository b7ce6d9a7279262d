// Playwright fixtures: each test gets its own freshly inserted users (unique emails), signed in through
// the real sign-in form, so tests run in parallel against one database.
import AxeBuilder from "@axe-core/playwright";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";

export const PASSWORD = "e2e-password-123";
let passwordHash: Promise<string> | null = null;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

export type TestUser = { id: string; email: string; name: string; role: "INSTRUCTOR" | "STUDENT" };

let n = 0;
export async function createUser(role: "INSTRUCTOR" | "STUDENT", name?: string): Promise<TestUser> {
  passwordHash ??= hash(PASSWORD);
  n++;
  const tag = `${Date.now().toString(36)}${process.pid}${n}`;
  const email = `${role.toLowerCase()}-${tag}@e2e.school`;
  const id = `e2e${tag}`;
  const displayName = name ?? `${role === "INSTRUCTOR" ? "Teacher" : "Student"} ${tag.slice(-4)}`;
  await pool.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, $3, $4, $5)`, [
    id,
    email,
    displayName,
    await passwordHash,
    role,
  ]);
  return { id, email, name: displayName, role };
}

/** Runs SQL against the test database (for seeding state a test needs). */
export const sql = <T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  pool.query<T>(text, params).then((r) => r.rows);

export async function signIn(page: Page, user: { email: string }, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard/);
}

/** Fails the test with axe's own description of every WCAG 2.x A/AA violation on the page. */
export async function expectNoA11yViolations(page: Page) {
  // Every page has a title, but a router.refresh() (the live screen when a session ends) swaps the head's metadata
  // after the body: axe run in between saw no <title> (a fresh-clone run failed live-scoring so). Wait for it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}

/** A client address of its own (10.x.y.z): what a trusted proxy would append to X-Forwarded-For. */
let clients = 0;
export function newClientAddress(): string {
  const n = (process.pid * 7919 + ++clients * 104729 + Date.now()) % 0xfffffe;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255 || 1}`;
}

type Fixtures = { instructor: TestUser; student: TestUser };

export const test = base.extend<Fixtures>({
  // The server trusts one proxy in front (TRUST_PROXY=1 in playwright.config.ts) and every test is a client of its
  // own, as the machines of a class would be: the per-IP limits (wrong join codes, sign-ups, failed sign-ins) see
  // each test's traffic apart, instead of the whole suite as one address. Every context a test opens (pages,
  // browser.newContext(), request.newContext()) gets it unless it sets headers of its own.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": newClientAddress() });
  },
  instructor: async ({}, use) => {
    await use(await createUser("INSTRUCTOR"));
  },
  student: async ({}, use) => {
    await use(await createUser("STUDENT"));
  },
});

export { expect };
