// What every benchmark suite gets: the running app's URL, a pg pool on its database, and helpers to make
// real users with real next-auth sessions (through the app's own sign-in endpoint).
import { hash } from "@node-rs/argon2";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { signInCookie } from "../../tests/support/live-http";

export type BenchResult = Record<string, { value: number; unit: string }>;
export type BenchContext = {
  baseUrl: string;
  /** The build the app server runs (NEXT_DIST_DIR) and its NEXTAUTH_SECRET, for suites that start more servers. */
  distDir: string;
  secret: string;
  /** The app server's process group (for CPU accounting, see cpu.ts). */
  serverPid: number;
  databaseUrl: string;
  pool: pg.Pool;
  createUsers: (
    n: number,
    role: "INSTRUCTOR" | "STUDENT",
    tag: string,
  ) => Promise<{ id: string; email: string; name: string }[]>;
  signIn: (email: string) => Promise<string>;
  log: (msg: string) => void;
};
/** optIn: run only when named (`npm run bench -- scale`), not in a plain `npm run bench`. */
export type BenchSuite = { name: string; optIn?: boolean; run: (ctx: BenchContext) => Promise<BenchResult> };

export const BENCH_PASSWORD = "bench-password-1";

export function makeContext(
  baseUrl: string,
  databaseUrl: string,
  serverPid: number,
  build: { distDir: string; secret: string },
): BenchContext {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  let passwordHash: Promise<string> | null = null;
  return {
    baseUrl,
    ...build,
    serverPid,
    databaseUrl,
    pool,
    log: (msg) => console.log(`  ${msg}`),
    async createUsers(n, role, tag) {
      passwordHash ??= hash(BENCH_PASSWORD);
      const h = await passwordHash;
      const users = Array.from({ length: n }, (_, i) => ({
        id: `bench-${tag}-${i}`,
        email: `bench-${tag}-${i}@bench.school`,
        name: `Bench ${tag} ${i}`,
      }));
      for (let i = 0; i < users.length; i += 1000) {
        const chunk = users.slice(i, i + 1000);
        const values = chunk
          .map((_, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`)
          .join(",");
        await pool.query(
          `INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ${values} ON CONFLICT (email) DO NOTHING`,
          chunk.flatMap((u) => [u.id, u.email, u.name, h, role]),
        );
      }
      return users;
    },
    signIn: (email) => signInCookie(baseUrl, email, BENCH_PASSWORD),
  };
}

/** p-th percentile (0–100) of a list of numbers, by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * A session cookie for a bench user, made with next-auth's own encoder and the app's secret: the same JWT a sign-in
 * sets, without a password hash per user (thousands of sign-ins take the machine minutes; sign-in is measured
 * elsewhere). Every request with it still goes through the app's session and access checks.
 */
export async function mintSessionCookie(
  secret: string,
  u: { id: string; email: string; name: string },
  role: "INSTRUCTOR" | "STUDENT",
): Promise<string> {
  const token = await encode({
    token: { name: u.name, email: u.email, sub: u.id, uid: u.id, role, sv: 0 },
    secret,
    maxAge: 12 * 60 * 60,
  });
  return `next-auth.session-token=${token}`;
}
