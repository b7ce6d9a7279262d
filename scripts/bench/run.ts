// `npm run bench [-- suite…]`: builds the app, starts a throwaway database (embedded PostgreSQL, or a fresh
// database on $DATABASE_URL's server) and `next start`, runs the suites in scripts/bench/suites/, prints
// the figures and writes them to bench-results.json as { "name": { "value": n, "unit": "…" } }.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startInstance } from "../../tests/support/live-http";
import { makeContext, type BenchResult, type BenchSuite } from "./context";

const root = path.resolve(import.meta.dirname, "../..");
// BENCH_DIST_DIR builds into (or, with BENCH_SKIP_BUILD=1, reuses) another folder: A/B runs of two builds.
const distDir = process.env.BENCH_DIST_DIR || ".next-bench";
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));

async function outer() {
  // BENCH_SKIP_BUILD=1 reuses the last .next-bench build (when iterating on the benchmark itself).
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("Building the app for the benchmark…");
    const b = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  const r = spawnSync(
    "node",
    [
      "scripts/db.mjs",
      "test",
      "--",
      path.join(root, "node_modules/.bin/tsx"),
      "scripts/bench/run.ts",
      "--inner",
      ...only,
    ],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

async function inner() {
  // BENCH_PROFILE_DIR=/tmp/prof writes a V8 CPU profile of the app server (open it in Chrome DevTools).
  // BENCH_SERVER_NODE_ARGS="--trace-gc" passes other flags to its Node.
  const profile = [
    ...(process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
  ];
  const secret = "bench-secret-0123456789abcdef";
  // BENCH_WORKERS=2 serves through scripts/serve.mjs with that many processes (what `npm start` runs: one per
  // core) instead of one `next start`.
  const workers = Number(process.env.BENCH_WORKERS) || undefined;
  const server = await startInstance(process.env.DATABASE_URL!, { distDir, secret, nodeArgs: profile, workers });
  const baseUrl = server.url;
  const ctx = makeContext(baseUrl, process.env.DATABASE_URL!, server.pid, { distDir, secret });
  const files = fs
    .readdirSync(path.join(import.meta.dirname, "suites"))
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const results: BenchResult = {};
  console.log(
    `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; app: ${workers ? `scripts/serve.mjs, ${workers} processes` : "one next start"}`,
  );
  try {
    for (const f of files) {
      const suite = (await import(path.join(import.meta.dirname, "suites", f))).default as BenchSuite;
      if (only.length ? !only.includes(suite.name) : suite.optIn) continue;
      console.log(`\n▶ ${suite.name}`);
      const r = await suite.run(ctx);
      for (const [k, v] of Object.entries(r))
        console.log(`  ${k.padEnd(48)} ${String(Number(v.value.toFixed(3))).padStart(12)} ${v.unit}`);
      Object.assign(results, r);
    }
  } finally {
    await server.stop();
    await ctx.pool.end();
  }
  const file = path.join(root, "bench-results.json");
  const previous = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + "\n");
  console.log(`\nWrote ${Object.keys(results).length} figures to bench-results.json`);
}

// The inner run exits when its figures are written: a suite's leftover keep-alive socket or timer (10,000 streams'
// worth in live10k) must not keep the bench waiting after the servers have stopped.
(process.argv.includes("--inner") ? inner().then(() => process.exit(0)) : outer()).catch((e) => {
  console.error(e);
  process.exit(1);
});
