// A crowd of live-mode phones in a process of its own (forked by the scale benchmarks, talked to over IPC), so the
// clients' CPU is not the benchmark's: holds one SSE stream per signed-in student, notes when each question
// event arrives (wall-clock ms, comparable across processes), and can answer each question like a student, at a
// random moment within a window after it arrived.
//   parent → { type: "open", url, cookies, batch, deadlineMs }
//                                                           → { type: "opened", open, failed, notTried, ms, rssMb }
//   parent → { type: "expect", round, answer? }             (before the teacher moves on)
//            answer = { url, questionId, body, withinMs }
//   (crowd)                                                 → { type: "arrived", round, times, missing }
//                                                           → { type: "answered", round, ok, errors, statuses,
//                                                                latencies, firstAt, lastAt } (when answering)
//   parent → { type: "close" }                              → exits
import http from "node:http";

const now = () => performance.timeOrigin + performance.now();
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
/** @type {{ arrivals: number[]; req: http.ClientRequest; cookie: string; dropped: boolean }[]} */
const clients = [];
let expecting = null;

function send(msg) {
  process.send?.(msg);
}

function connect(url, cookie) {
  return new Promise((resolve) => {
    const client = { arrivals: [], req: null, cookie, dropped: false };
    client.req = http.get(url, { agent, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return resolve({ error: `status ${res.statusCode}` });
      }
      res.setEncoding("utf8");
      let tail = "";
      res.on("data", (chunk) => {
        const text = tail + chunk;
        const hits = text.split("event: question\n").length - 1;
        for (let i = 0; i < hits; i++) {
          client.arrivals.push(now());
          onArrival(client);
        }
        tail = text.slice(-30);
      });
      res.on("close", () => (client.dropped = true));
      resolve({ client });
    });
    client.req.on("error", (e) => resolve({ error: e.code ?? e.message }));
  });
}

function onArrival(client) {
  const e = expecting;
  if (!e || client.arrivals.length !== e.round + 1) return;
  e.waiting--;
  if (e.answer) scheduleAnswer(client, e);
  if (e.waiting === 0) finishArrivals(e);
}

function finishArrivals(e) {
  if (e.reported) return;
  e.reported = true;
  clearTimeout(e.timer);
  const times = clients.map((c) => c.arrivals[e.round] ?? null);
  send({ type: "arrived", round: e.round, times, missing: times.filter((t) => t === null).length });
}

function scheduleAnswer(client, e) {
  e.pending++;
  setTimeout(() => {
    const t0 = now();
    e.firstAt = Math.min(e.firstAt, t0);
    const req = http.request(
      e.answer.url,
      {
        method: "POST",
        agent,
        headers: {
          cookie: client.cookie,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(e.answer.body),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          e.statuses[res.statusCode] = (e.statuses[res.statusCode] ?? 0) + 1;
          if (res.statusCode === 200) e.ok++;
          else e.errors++;
          e.latencies.push(now() - t0);
          e.lastAt = Math.max(e.lastAt, now());
          if (--e.pending === 0) finishAnswers(e);
        });
      },
    );
    req.on("error", (err) => {
      e.errors++;
      e.statuses[err.code ?? "error"] = (e.statuses[err.code ?? "error"] ?? 0) + 1;
      if (--e.pending === 0) finishAnswers(e);
    });
    req.end(e.answer.body);
  }, Math.random() * e.answer.withinMs);
}

function finishAnswers(e) {
  if (e.waiting > 0 && !e.reported) return; // more arrivals (and answers) to come
  send({
    type: "answered",
    round: e.round,
    ok: e.ok,
    errors: e.errors,
    statuses: e.statuses,
    latencies: e.latencies,
    firstAt: e.firstAt,
    lastAt: e.lastAt,
  });
}

process.on("message", async (msg) => {
  if (msg.type === "open") {
    const t0 = now();
    let next = 0;
    let failed = 0;
    const errors = {};
    await Promise.all(
      Array.from({ length: msg.batch ?? 50 }, async () => {
        // Bounded: past the deadline no new stream is started, and the run goes on with those open.
        while (next < msg.cookies.length && now() - t0 < (msg.deadlineMs ?? Infinity)) {
          const cookie = msg.cookies[next++];
          const r = await connect(msg.url, cookie);
          if (r.client) clients.push(r.client);
          else {
            failed++;
            errors[r.error] = (errors[r.error] ?? 0) + 1;
          }
        }
      }),
    );
    send({
      type: "opened",
      open: clients.length,
      failed,
      notTried: msg.cookies.length - next,
      errors,
      ms: now() - t0,
      rssMb: process.memoryUsage().rss / 2 ** 20,
    });
  } else if (msg.type === "expect") {
    const e = {
      round: msg.round,
      answer: msg.answer ?? null,
      waiting: clients.filter((c) => c.arrivals.length <= msg.round).length,
      reported: false,
      pending: 0,
      ok: 0,
      errors: 0,
      statuses: {},
      latencies: [],
      firstAt: Infinity,
      lastAt: 0,
      timer: null,
    };
    expecting = e;
    // A question that beat this message here: answer it too.
    if (e.answer) for (const c of clients) if (c.arrivals.length === e.round + 1) scheduleAnswer(c, e);
    // Bounded: whoever has not heard the question after this long counts as missing.
    e.timer = setTimeout(() => {
      finishArrivals(e);
      if (e.answer && e.pending === 0) finishAnswers(e);
    }, msg.timeoutMs ?? 60_000);
  } else if (msg.type === "memory") {
    send({
      type: "memory",
      rssMb: process.memoryUsage().rss / 2 ** 20,
      dropped: clients.filter((c) => c.dropped).length,
    });
  } else if (msg.type === "close") {
    for (const c of clients) c.req.destroy();
    agent.destroy();
    process.exit(0);
  }
});
send({ type: "ready" });
