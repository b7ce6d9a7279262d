// Live mode's one LISTEN connection per process must come back after PostgreSQL does, however long it was down:
// the open streams keep receiving heartbeats meanwhile, so browsers never reconnect elsewhere on their own. The
// process's bus listens on a PostgreSQL server of this test's own, which the test stops for a while.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownPostgres, type OwnPostgres } from "../support/own-postgres";

let own: OwnPostgres;
let liveBus: typeof import("@/server/live/live-bus").liveBus;

beforeAll(async () => {
  own = await ownPostgres();
  process.env.DATABASE_LISTEN_URL = own.url; // read once, at the bus's first connection
  ({ liveBus } = await import("@/server/live/live-bus"));
}, 120_000);
afterAll(async () => {
  await own?.destroy();
});

let nextId = 1;
/** Notifications of an event carried inline (no stored row needed), each with a new id, until one is heard. */
async function notifyUntilHeard(sessionId: string, heard: string[]) {
  await expect
    .poll(
      async () => {
        await own.query(`SELECT pg_notify('live_events', $1)`, [`${sessionId}:${nextId++}:question:{"n":1}`]);
        return heard.length;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBeGreaterThan(0);
}

describe("the live listener", () => {
  it("hears events again after PostgreSQL was down for several seconds", async () => {
    const sessionId = `reconnect_${Date.now().toString(36)}`;
    const heard: string[] = [];
    const off = await liveBus().subscribe(sessionId, (ev) => {
      if (ev) heard.push(ev.type);
    });
    await notifyUntilHeard(sessionId, heard);

    await own.stop();
    // Down longer than the first retry's wait and its failure: the old code tried once, then never again.
    await new Promise((r) => setTimeout(r, 3000));
    await own.start();
    heard.length = 0;
    await notifyUntilHeard(sessionId, heard);
    expect(heard[0]).toBe("question");
    off();
  }, 120_000);
});
