// Ending a live session while a tally is being published: both take the session's event lock and its row, and
// must take them in the same order, or PostgreSQL kills one of them (40P01, seen in a CI run's server log).
// Deterministic: this test holds the event lock as a tally append does, waits until the ending transaction waits
// for it, then does what the append does next (insert an event, whose foreign key locks the session row).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { controlLiveSession } from "@/server/live/control-live-session";
import { seedLiveAssignment } from "../fixtures/live-data";
import { databaseUrl } from "../support/test-db";

const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
const q = (text: string, params: unknown[] = []) => pool.query(text, params).then((r) => r.rows);
const tag = randomBytes(5).toString("hex");
const teacher = { id: `le_t_${tag}`, role: "INSTRUCTOR" as const, name: "Ender", email: `le_t_${tag}@lock.school` };
const sessionId = `le_session_${tag}`;

beforeAll(async () => {
  await q(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, $3, 'x', 'INSTRUCTOR')`, [
    teacher.id,
    teacher.email,
    teacher.name,
  ]);
  const fx = await seedLiveAssignment(q, { instructorId: teacher.id, studentIds: [] });
  await q(
    `INSERT INTO "LiveSession" (id, "assignmentId", "joinCode", state, "currentIndex", "questionStartedAt")
     VALUES ($1, $2, $3, 'QUESTION', 0, now())`,
    [sessionId, fx.assignmentId, tag.slice(0, 6)],
  );
});
afterAll(() => pool.end());

it("ends a session while a tally is being appended, without a deadlock", async () => {
  const tally = new pg.Client({ connectionString: databaseUrl() });
  await tally.connect();
  try {
    await tally.query("BEGIN");
    await tally.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [sessionId]);
    const ending = controlLiveSession({
      user: teacher,
      sessionId,
      action: "end",
      from: { state: "QUESTION", index: 0 },
    });
    // Until the ending transaction waits for the event lock this test holds.
    for (let i = 0; ; i++) {
      const [w] = await q(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE NOT l.granted AND l.locktype = 'advisory' AND a.datname = current_database() AND a.pid <> $1`,
        [(tally as unknown as { processID: number }).processID],
      );
      if ((w as { n: number }).n > 0) break;
      if (i > 200) throw new Error("the ending transaction never waited for the event lock");
      await new Promise((r) => setTimeout(r, 25));
    }
    await tally.query(`INSERT INTO "LiveEvent" ("sessionId", "type", "payload") VALUES ($1, 'tally', '{}')`, [
      sessionId,
    ]);
    await tally.query("COMMIT");
    await expect(ending).resolves.toEqual({ changed: true });
    expect(await q(`SELECT state FROM "LiveSession" WHERE id = $1`, [sessionId])).toEqual([{ state: "ENDED" }]);
  } finally {
    await tally.end();
  }
});
