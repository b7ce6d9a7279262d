// What the scale benchmarks run the app behind: Debian's nginx as the load balancer, app servers on loopback, all
// started unprivileged in temporary folders and stopped afterwards. The nginx.conf written here is the one
// docs/deploy.md describes (SSE unbuffered with long read timeouts, keepalive to the app servers).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startInstance } from "../../tests/support/live-http";
// Plain JavaScript, shared with scripts/db.mjs.
export { freePort } from "../embedded-pg.mjs";

export const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

/** When this runs as root, the servers it starts drop to nobody (as a deployment would run them). */
function unprivileged(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ["/usr/bin/setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", cmd, ...args]];
}

/** Descriptors nginx may ask for: 40,000, or the hard limit it inherits if lower (it cannot raise that). */
function nofileLimit(): number {
  const hard = /Max open files\s+\d+\s+(\d+)/.exec(fs.readFileSync("/proc/self/limits", "utf8"))?.[1];
  return Math.min(40000, hard ? Number(hard) : 40000);
}

export function nginxConf(dir: string, port: number, upstreams: string[]): string {
  const servers = upstreams.map((u) => `    server ${u} max_fails=0;`).join("\n");
  const proxy = `proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;`;
  return `# Written by scripts/bench/balancer.ts for one benchmark run.
worker_processes auto;
worker_rlimit_nofile ${nofileLimit()};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 20000; multi_accept on; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
    least_conn;
${servers}
    keepalive 256;
    keepalive_timeout 60s;
  }
  server {
    # reuseport: the kernel spreads connections over the workers. Without it one worker can take most of 10,000
    # live streams (two descriptors each) and run out of descriptors while the other idles.
    listen 127.0.0.1:${port} backlog=4096 reuseport;
    client_max_body_size 20m;
    # Live streams: unbuffered, and held open far longer than the app's 15 s heartbeat.
    location ~ ^/api/live/[^/]+/events$ {
      ${proxy}
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }
    location / {
      ${proxy}
    }
  }
}
`;
}

export type Balancer = { url: string; dir: string; stop: () => Promise<void> };

export async function startNginx(upstreams: string[], port: number): Promise<Balancer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passage-nginx-"));
  fs.chmodSync(dir, 0o777);
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConf(dir, port, upstreams));
  const [cmd, args] = unprivileged(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"]);
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 80 || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`nginx did not come up on ${url} (see ${dir}/error.log)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dir,
    async stop() {
      child.kill("SIGQUIT");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
      // What nginx refused (descriptors, worker_connections) is only in its log: say so before the folder goes.
      const log = fs.existsSync(path.join(dir, "error.log"))
        ? fs.readFileSync(path.join(dir, "error.log"), "utf8")
        : "";
      const problems = log.split("\n").filter((l) => /\[(alert|crit|emerg|error)\]/.test(l));
      if (problems.length)
        console.error(`nginx logged ${problems.length} problems, first: ${problems.slice(0, 3).join(" | ")}`);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function nginxVersion(): string {
  const r = spawnSync(NGINX, ["-v"], { encoding: "utf8" });
  return (r.stderr || r.stdout).trim().replace(/^nginx version: /, "");
}

export type AppServers = { urls: string[]; pids: number[]; stop: () => Promise<void> };

/** N app servers (scripts/serve.mjs with one process each), all signing sessions with the same secret. */
export async function startAppServers(
  n: number,
  databaseUrl: string,
  opts: { distDir: string; secret: string; publicUrl: string; env?: Record<string, string> },
): Promise<AppServers> {
  const started = await Promise.all(
    Array.from({ length: n }, () =>
      startInstance(databaseUrl, {
        distDir: opts.distDir,
        secret: opts.secret,
        workers: 1,
        // Behind the balancer: the public URL is the balancer's, and the client's address is in X-Forwarded-For.
        env: { NEXTAUTH_URL: opts.publicUrl, TRUST_PROXY: "1", SERVE_WORKER_HEADER: "0", ...opts.env },
      }),
    ),
  );
  return {
    urls: started.map((s) => s.url.replace("http://", "")),
    pids: started.map((s) => s.pid),
    stop: async () => {
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}
