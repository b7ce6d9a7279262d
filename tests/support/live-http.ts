// Real HTTP clients for live-mode tests: start `next start` instances of the test build, sign in through
// next-auth's credentials endpoint, and read an SSE stream with fetch.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { sseParser, type ParsedSse } from "@/lib/live/sse";
// Plain JavaScript, shared with scripts/db.mjs.
import { freePort } from "../../scripts/embedded-pg.mjs";

const root = path.resolve(import.meta.dirname, "../..");

type InstanceOptions = {
  distDir?: string;
  secret?: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** Run the production server, scripts/serve.mjs, with this many app processes (answers name the one that
   * served them in X-Passage-Worker) instead of a single `next start`. */
  workers?: number;
  port?: number;
};

/**
 * `next start` on a build (the .next-test build with the e2e web server's environment by default). It runs in
 * its own process group and stop() ends the whole group and waits: `next start` forks the actual server,
 * which would otherwise outlive its parent and keep a core busy after a benchmark or a failed test.
 */
export async function startInstance(
  databaseUrl: string,
  opts: InstanceOptions = {},
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const port: number = opts.port ?? (await freePort(0));
  const url = `http://127.0.0.1:${port}`;
  const program = opts.workers
    ? [path.join(root, "scripts/serve.mjs")]
    : [path.join(root, "node_modules/next/dist/bin/next"), "start"];
  const child: ChildProcess = spawn(
    "node",
    [...(opts.nodeArgs ?? []), ...program, "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_DIST_DIR: opts.distDir ?? ".next-test",
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: opts.secret ?? "e2e-secret-not-for-production-0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        ...(opts.workers ? { WEB_CONCURRENCY: String(opts.workers), SERVE_WORKER_HEADER: "1" } : {}),
        ...opts.env,
      },
      stdio: ["ignore", process.env.INSTANCE_STDOUT ? "inherit" : "ignore", "inherit"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    signal("SIGTERM");
    const killer = setTimeout(() => signal("SIGKILL"), 5000);
    await exited;
    clearTimeout(killer);
    signal("SIGKILL"); // the forked server, if it outlived the CLI
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 240 || child.exitCode !== null) {
      await stop();
      throw new Error(`next start on ${url} did not come up`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // The process group's id: `npm run bench` sums the CPU time of every process in it.
  return { url, pid: child.pid!, stop };
}

/** A next-auth session cookie for email/password, obtained like a browser would. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!.trim(), v.join("="));
    }
  };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  const session = [...jar].find(([k]) => k.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return `${session[0]}=${session[1]}`;
}

/** An open SSE stream: collects events and lets a test wait for one that matches. */
export async function openStream(url: string, cookie: string, lastEventId?: string) {
  const ac = new AbortController();
  const res = await fetch(url, {
    headers: { cookie, accept: "text/event-stream", ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
    signal: ac.signal,
  });
  if (!res.ok || !res.body) throw new Error(`stream ${url} answered ${res.status}: ${await res.text()}`);
  const events: ParsedSse[] = [];
  const waiters: { match: (e: ParsedSse) => boolean; resolve: (e: ParsedSse) => void }[] = [];
  const feed = sseParser((e) => {
    events.push(e);
    for (const w of [...waiters]) {
      if (!w.match(e)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(e);
    }
  });
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
        feed(decoder.decode(chunk, { stream: true }));
    } catch {
      // aborted by close()
    }
  })();
  return {
    res,
    events,
    next(match: (e: ParsedSse) => boolean, timeoutMs = 10_000): Promise<ParsedSse> {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const t = setTimeout(
          () =>
            reject(new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(", ")}`)),
          timeoutMs,
        );
        waiters.push({ match, resolve: (e) => (clearTimeout(t), resolve(e)) });
      });
    },
    close: () => ac.abort(),
  };
}
