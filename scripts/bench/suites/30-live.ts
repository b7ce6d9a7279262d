// Live mode fan-out: 1,000 signed-in students hold SSE streams open; the instructor moves to the next
// question and we time, on every client, how long until the question event arrives. Plain node:http
// clients (no browser), each with its own real next-auth session.
import http from "node:http";
import { seedLiveAssignment } from "../../../tests/fixtures/live-data";
import { percentile, type BenchContext, type BenchSuite } from "../context";

const CLIENTS = Number(process.env.LIVE_BENCH_CLIENTS ?? 1000);
const SIGN_IN_CONCURRENCY = 8;
const CONNECT_BATCH = 50;

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

type Client = { arrivals: number[]; req: http.ClientRequest };

/** Opens one SSE stream; resolves once the response headers are in (the server has subscribed by then). */
function connect(url: string, cookie: string, agent: http.Agent): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client: Client = { arrivals: [], req: null as unknown as http.ClientRequest };
    client.req = http.get(url, { agent, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      res.setEncoding("utf8");
      let tail = "";
      res.on("data", (chunk: string) => {
        // Count question events; an event header split across two chunks is caught by keeping a tail.
        const text = tail + chunk;
        const hits = text.split("event: question\n").length - 1;
        for (let i = 0; i < hits; i++) client.arrivals.push(performance.now());
        tail = text.slice(-20).includes("event: ") ? text.slice(text.lastIndexOf("event: ")) : "";
        if (tail.includes("\n")) tail = "";
      });
      resolve(client);
    });
    client.req.on("error", reject);
  });
}

async function control(
  ctx: BenchContext,
  sessionId: string,
  cookie: string,
  action: string,
  from: { state: string; index: number },
) {
  const res = await fetch(`${ctx.baseUrl}/api/live/${sessionId}/control`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ action, from }),
  });
  if (!res.ok) throw new Error(`control ${action} answered ${res.status}: ${await res.text()}`);
}

const suite: BenchSuite = {
  name: "live",
  async run(ctx) {
    const [teacher] = await ctx.createUsers(1, "INSTRUCTOR", "live-t");
    const students = await ctx.createUsers(CLIENTS, "STUDENT", "live-s");
    const fx = await seedLiveAssignment((t, p) => ctx.pool.query(t, p).then((r) => r.rows), {
      instructorId: teacher!.id,
      studentIds: students.map((s) => s.id),
      title: "Bench live",
    });
    const sessionId = `bench-live-${Date.now().toString(36)}`;
    await ctx.pool.query(`INSERT INTO "LiveSession" (id, "assignmentId", "joinCode") VALUES ($1, $2, $3)`, [
      sessionId,
      fx.assignmentId,
      String(Date.now()).slice(-6),
    ]);
    // Every student has joined (their attempt is open), as after the lobby.
    await ctx.pool.query(
      `INSERT INTO "Attempt" (id, "assignmentId", "studentId") SELECT 'bench-att-' || u, $1, u FROM unnest($2::text[]) AS u`,
      [fx.assignmentId, students.map((s) => s.id)],
    );

    let t = performance.now();
    const teacherCookie = await ctx.signIn(teacher!.email);
    const cookies = await inBatches(students, SIGN_IN_CONCURRENCY, (s) => ctx.signIn(s.email));
    ctx.log(`signed in ${cookies.length} distinct students in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
    const url = `${ctx.baseUrl}/api/live/${sessionId}/events`;
    t = performance.now();
    const clients = await inBatches(cookies, CONNECT_BATCH, (c) => connect(url, c, agent));
    ctx.log(`${clients.length} SSE streams open in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const latencies: number[] = [];
    const rounds = fx.questions.length;
    let from = { state: "LOBBY", index: -1 };
    for (let round = 0; round < rounds; round++) {
      const t0 = performance.now();
      await control(ctx, sessionId, teacherCookie, "next", from);
      const acked = performance.now() - t0;
      const deadline = Date.now() + 30_000;
      while (clients.some((c) => c.arrivals.length <= round) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 5));
      const missing = clients.filter((c) => c.arrivals.length <= round).length;
      if (missing) throw new Error(`${missing} clients never received question ${round + 1}`);
      for (const c of clients) latencies.push(c.arrivals[round]! - t0);
      ctx.log(
        `question ${round + 1}: request answered in ${acked.toFixed(0)} ms; received p50 ${percentile(latencies.slice(-clients.length), 50).toFixed(0)} ms, max ${Math.max(...latencies.slice(-clients.length)).toFixed(0)} ms`,
      );
      await control(ctx, sessionId, teacherCookie, "reveal", { state: "QUESTION", index: round });
      from = { state: "REVEAL", index: round };
    }
    for (const c of clients) c.req.destroy();
    agent.destroy();
    return {
      live_sse_clients: { value: clients.length, unit: "clients" },
      live_next_question_p50_ms: { value: percentile(latencies, 50), unit: "ms" },
      live_next_question_p95_ms: { value: percentile(latencies, 95), unit: "ms" },
      live_next_question_max_ms: { value: Math.max(...latencies), unit: "ms" },
    };
  },
};
export default suite;
