// Every page of the app at class size (scripts/bench/class-size.ts), found from the route tree
// (scripts/bench/page-routes.ts): a page added later is measured without editing this file. Each page is
// fetched as the first role that gets it (200, no redirect), then driven by 20 connections for a few
// seconds. Prints p50 / p99 / req/s, the HTML's size and the app server's CPU per request per page (CPU time is
// less sensitive than latency to other load on the machine). BENCH_PAGE_SECONDS sets the duration
// (default 5); BENCH_PAGES=discussion,report measures only the pages whose pattern contains one of the words
// (a word ending in "$" must end the pattern: "[assignmentId]$" is the assignment page without its sub-pages);
// BENCH_SAVE_HTML=/tmp/html writes each page's HTML there (<key>.html) to see what makes it heavy.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { firstRoleFor, seedClassSize } from "../class-size";
import type { BenchResult, BenchSuite } from "../context";
import { cpuBetween, cpuSample } from "../cpu";
import { discoverPages, fillPattern, pageKey } from "../page-routes";

/** The route tree's pages, less those BENCH_PAGES leaves out. */
export function benchPages(): string[] {
  const only = process.env.BENCH_PAGES?.split(",").filter(Boolean);
  return discoverPages(path.resolve(import.meta.dirname, "../../../app")).filter(
    (p) => !only || only.some((w) => (w.endsWith("$") ? p.endsWith(w.slice(0, -1)) : p.includes(w))),
  );
}

const suite: BenchSuite = {
  name: "pages",
  async run(ctx) {
    const { values, roles } = await seedClassSize(ctx);
    const seconds = Number(process.env.BENCH_PAGE_SECONDS ?? 5);
    const pages = benchPages();
    ctx.log(`${pages.length} pages from the route tree; 30 students × 20 questions, a discussion of 240 items`);
    const out: BenchResult = {};
    let unreachable = 0;
    for (const pattern of pages) {
      const url = `${ctx.baseUrl}${fillPattern(pattern, values)}`;
      const found = await firstRoleFor(url, roles);
      const key = pageKey(pattern);
      if (!found) {
        ctx.log(`${pattern}: no role gets a 200 with the seeded data: not measured`);
        unreachable++;
        continue;
      }
      if (process.env.BENCH_SAVE_HTML) {
        fs.mkdirSync(process.env.BENCH_SAVE_HTML, { recursive: true });
        fs.writeFileSync(path.join(process.env.BENCH_SAVE_HTML, `${key}.html`), Buffer.from(found.body));
      }
      const before = cpuSample(ctx.serverPid);
      const r = await autocannon({
        url,
        connections: 20,
        duration: seconds,
        headers: found.cookie ? { cookie: found.cookie } : {},
      });
      const cpu = cpuBetween(before, cpuSample(ctx.serverPid), Math.max(1, r.requests.total));
      const kB = found.bytes / 1000;
      ctx.log(
        `${pattern.padEnd(64)} as ${found.role.padEnd(24)} p50 ${String(r.latency.p50).padStart(5)} ms  ${r.requests.average.toFixed(0).padStart(5)} req/s  ${kB.toFixed(1).padStart(7)} kB  ${cpu.next.msPerUnit.toFixed(1).padStart(6)} ms CPU/req`,
      );
      out[`page_${key}_p50_ms`] = { value: r.latency.p50, unit: "ms" };
      out[`page_${key}_p99_ms`] = { value: r.latency.p99, unit: "ms" };
      out[`page_${key}_requests_per_s`] = { value: r.requests.average, unit: "req/s" };
      out[`page_${key}_html_kB`] = { value: kB, unit: "kB" };
      out[`page_${key}_server_cpu_ms_per_request`] = { value: cpu.next.msPerUnit, unit: "ms" };
      out[`page_${key}_errors`] = { value: r.errors + r.non2xx + r.timeouts, unit: "count" };
    }
    out.pages_measured = { value: pages.length - unreachable, unit: "pages" };
    out.pages_not_measured = { value: unreachable, unit: "pages" };
    return out;
  },
};
export default suite;
