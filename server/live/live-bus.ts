import "server-only";
import pg from "pg";
import { parseNotification } from "@/lib/live/notify-payload";
import { sseMessage } from "@/lib/live/sse";
import { env } from "../env";

// Fan-out between app instances: every instance keeps ONE dedicated PostgreSQL connection that LISTENs on
// `live_events`. Writers persist a LiveEvent and NOTIFY "<sessionId>:<eventId>" in the same transaction
// (server/live/append-live-event.ts), so a notification always names a committed row. Small events ride in
// the notification itself; for larger ones each instance fetches the rows its own subscribers need (one
// query per burst, not per client). Every subscriber gets the same pre-encoded bytes.

export const LIVE_CHANNEL = "live_events";
const HEARTBEAT_MS = 15_000;
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 4000;

export type BusEvent = { id: bigint; sessionId: string; type: string; bytes: Uint8Array };
/** null = heartbeat tick */
export type BusListener = (ev: BusEvent | null) => void;

type Row = { id: string; sessionId: string; type: string; payload: unknown };
const encoder = new TextEncoder();

class LiveBus {
  private client: pg.Client | null = null;
  private ready: Promise<pg.Client> | null = null;
  private subs = new Map<string, Set<BusListener>>();
  /** last event id dispatched per session, so a reconnect of the LISTEN connection can catch up */
  private cursor = new Map<string, bigint>();
  private pending: { sessionId: string; id: bigint; row?: Row }[] = [];
  private draining = false;
  private heartbeat: NodeJS.Timeout | null = null;

  /** Resolves once the LISTEN is in place: anything committed after that reaches `listener`. */
  async subscribe(sessionId: string, listener: BusListener): Promise<() => void> {
    await this.connection();
    let set = this.subs.get(sessionId);
    if (!set) {
      set = new Set();
      this.subs.set(sessionId, set);
      this.cursor.set(sessionId, 0n);
    }
    set.add(listener);
    this.heartbeat ??= setInterval(() => this.beat(), HEARTBEAT_MS).unref();
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.subs.get(sessionId) === set) {
        this.subs.delete(sessionId);
        this.cursor.delete(sessionId);
      }
    };
  }

  /** Encodes a stored row the way every stream sends it. */
  static encode(row: Row): BusEvent {
    return {
      id: BigInt(row.id),
      sessionId: row.sessionId,
      type: row.type,
      bytes: encoder.encode(sseMessage(row.id, row.type, row.payload)),
    };
  }

  private beat() {
    for (const set of this.subs.values()) for (const l of set) l(null);
  }

  private connection(): Promise<pg.Client> {
    this.ready ??= this.connect().catch((e) => {
      this.ready = null;
      throw e;
    });
    return this.ready;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      // LISTEN needs a session of its own: past a transaction-mode PgBouncer, connect to PostgreSQL directly.
      connectionString: env().DATABASE_LISTEN_URL ?? env().DATABASE_URL,
      application_name: "passage-live-listener",
      connectionTimeoutMillis: env().PG_CONNECT_TIMEOUT_MS,
    });
    client.on("notification", (msg) => {
      const p = parseNotification(msg.payload ?? "");
      if (!p || !this.subs.has(p.sessionId)) return;
      this.pending.push(p);
      void this.drain();
    });
    client.on("error", (e) => {
      console.error("live listener connection lost; reconnecting", e);
      this.reconnect(client);
    });
    client.on("end", () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
    return client;
  }

  private reconnect(dead: pg.Client) {
    if (this.client !== dead) return;
    this.client = null;
    this.ready = null;
    this.retry(RETRY_FIRST_MS);
  }

  /**
   * Again and again until the listener is back: a first retry used to be the only one, so a PostgreSQL restart
   * longer than a second left every open stream of this process waiting for ever (its heartbeats kept the
   * browser from reconnecting elsewhere).
   */
  private retry(delay: number) {
    setTimeout(() => {
      this.connection()
        .then(() => this.catchUpAll())
        .catch((e) => {
          console.error(`live listener: reconnecting failed (${e instanceof Error ? e.message : e}); retrying`);
          this.retry(Math.min(delay * 2, RETRY_MAX_MS));
        });
    }, delay).unref();
  }

  /** After a lost LISTEN connection, fetch whatever was written meanwhile for the sessions we serve. */
  private async catchUpAll() {
    for (const [sessionId, from] of this.cursor) {
      const rows = await this.query(
        `SELECT id::text, "sessionId", type, payload FROM "LiveEvent" WHERE "sessionId" = $1 AND id > $2 ORDER BY id`,
        [sessionId, from.toString()],
      );
      this.dispatch(rows);
    }
  }

  private async drain() {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending
          .splice(0)
          .filter((p) => this.subs.has(p.sessionId) && p.id > (this.cursor.get(p.sessionId) ?? 0n));
        const missing = batch.filter((b) => !b.row).map((b) => b.id.toString());
        const fetched = missing.length
          ? await this.query(
              `SELECT id::text, "sessionId", type, payload FROM "LiveEvent" WHERE id = ANY($1::bigint[])`,
              [missing],
            )
          : [];
        const byId = new Map(fetched.map((r) => [r.id, r]));
        // Notifications arrive in commit order, which the per-session lock makes id order.
        this.dispatch(batch.flatMap((b) => b.row ?? byId.get(b.id.toString()) ?? []));
      }
    } catch (e) {
      console.error("live listener could not read events", e);
    } finally {
      this.draining = false;
    }
  }

  private async query(text: string, values: unknown[]): Promise<Row[]> {
    const c = await this.connection();
    return (await c.query<Row>(text, values)).rows;
  }

  private dispatch(rows: Row[]) {
    for (const row of rows) {
      const ev = LiveBus.encode(row);
      const set = this.subs.get(row.sessionId);
      if (!set || ev.id <= (this.cursor.get(row.sessionId) ?? 0n)) continue;
      this.cursor.set(row.sessionId, ev.id);
      for (const l of set) l(ev);
    }
  }
}

// One bus per process (kept on globalThis so dev-mode reloads do not open a listener per edit).
const g = globalThis as unknown as { passageLiveBus?: LiveBus };
export function liveBus(): LiveBus {
  g.passageLiveBus ??= new LiveBus();
  return g.passageLiveBus;
}
export const encodeLiveRow = LiveBus.encode;
