import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { prismaFor, scratchDatabase } from "../support/test-db";

const root = path.resolve(import.meta.dirname, "../..");
/** Runs the real Prisma CLI (with the WebAssembly schema engine); returns stdout+stderr, throws on a non-zero exit. */
function prismaRun(args: string[], url: string) {
  const r = spawnSync(path.join(root, "node_modules/.bin/prisma"), args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
function prismaCli(args: string[], url: string): string {
  const { status, out } = prismaRun(args, url);
  if (status !== 0) throw new Error(`prisma ${args.join(" ")} exited ${status}:\n${out}`);
  return out;
}
const migrationDirs = () =>
  fs
    .readdirSync(path.join(root, "prisma/migrations"))
    .filter((d) => !d.endsWith(".toml"))
    .sort();

const TABLES = [
  "Essay",
  "Passage",
  "User",
  "Class",
  "Enrollment",
  "QuestionSet",
  "Question",
  "QuestionPassage",
] as const;

// The Prisma CLI steps take 1–3 s each on an idle machine but far longer on a loaded 2-core one.
describe("migrations and seed on an empty database", { timeout: 180_000 }, () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    scratch = await scratchDatabase("migrate");
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it("applies every committed migration to an empty database", () => {
    const out = prismaCli(["migrate", "deploy"], scratch.url);
    expect(out).toMatch(/migrations? (have been )?applied|All migrations have been successfully applied/i);
    const status = prismaCli(["migrate", "status"], scratch.url);
    expect(status).toMatch(/Database schema is up to date/);
  });

  it("finds no drift between schema.prisma and the migrations", () => {
    // --exit-code: 0 = no difference, 2 = difference.
    const diff = (schema: string) =>
      prismaRun(
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", schema, "--exit-code"],
        scratch.url,
      );
    const clean = diff("prisma/schema.prisma");
    expect(clean.status, clean.out).toBe(0);
    // Control: a schema with one more model is reported as drift, so the check above can fail.
    const drifted = path.join(os.tmpdir(), `pq-drift-${process.pid}.prisma`);
    fs.mkdirSync(path.dirname(drifted), { recursive: true });
    fs.writeFileSync(
      drifted,
      fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8") + "\nmodel DriftProbe {\n  id Int @id\n}\n",
    );
    try {
      const r = diff(drifted);
      expect(r.status, r.out).toBe(2);
    } finally {
      fs.rmSync(drifted);
    }
  });

  it("runs `migrate dev` twice without creating a migration (the WebAssembly engine's shadow DB path)", () => {
    const before = migrationDirs();
    for (let i = 0; i < 2; i++) {
      prismaCli(["migrate", "dev"], scratch.url);
    }
    expect(migrationDirs()).toEqual(before);
  });

  it("seeds the essays and built-in sets but no demo accounts unless DEMO_DATA=1 (a production database)", async () => {
    const { DEMO_DATA: _, ...env } = process.env;
    const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
      cwd: root,
      env: { ...env, DATABASE_URL: scratch.url },
      encoding: "utf8",
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const prisma = prismaFor(scratch.url);
    try {
      expect(await prisma.essay.count()).toBe(2);
      expect(await prisma.questionSet.count({ where: { builtIn: true } })).toBeGreaterThan(0);
      expect(await prisma.user.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("seeds idempotently: a second run leaves every table's row count unchanged", async () => {
    const prisma = prismaFor(scratch.url);
    try {
      const count = async () => {
        const rows = await Promise.all(
          TABLES.map((t) => prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM "${t}"`)),
        );
        return Object.fromEntries(TABLES.map((t, i) => [t, Number(rows[i]![0]!.n)]));
      };
      await seed(prisma, { demo: true });
      const first = await count();
      const firstPassages = await prisma.passage.findMany({ orderBy: { id: "asc" } });
      await seed(prisma, { demo: true });
      expect(await count()).toEqual(first);
      expect(await prisma.passage.findMany({ orderBy: { id: "asc" } })).toEqual(firstPassages);
      expect(first.Essay).toBe(2);
      expect(first.User).toBeGreaterThanOrEqual(4);
      // The demo instructor is an admin (the invite page can be tried in the demo).
      expect(
        await prisma.user.findUnique({ where: { email: "teacher@demo.school" }, select: { isAdmin: true } }),
      ).toEqual({ isAdmin: true });
      // Every passage row is the body at its offsets.
      const essays = await prisma.essay.findMany({ include: { passages: true } });
      for (const e of essays) for (const p of e.passages) expect(e.body.slice(p.start, p.end)).toBe(p.text);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("the test command's throwaway database", { timeout: 180_000 }, () => {
  it("has no demo accounts unless DEMO_DATA=1 (tests seed their own users)", () => {
    const { DEMO_DATA: _, ...env } = process.env;
    const probe = `const c=new (require("pg").Client)({connectionString:process.env.DATABASE_URL});c.connect().then(()=>c.query('SELECT count(*)::int AS n FROM "User" WHERE email LIKE $1',["%@demo.school"])).then(r=>{console.log("DEMO_USERS="+r.rows[0].n);return c.end()})`;
    const r = spawnSync("node", ["scripts/db.mjs", "test", "--", "node", "-e", probe], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain("DEMO_USERS=0");
  });
});
