// Lighthouse's performance score for every page of the route tree (the same class-size data and roles as the
// pages suite: each page is audited as the first role that gets it, the session cookie sent with every
// request). Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) with the flags of playwright.config.ts,
// headless; Lighthouse's default mobile settings (simulated slow 4G and a 4× slower CPU), or desktop with
// LIGHTHOUSE_PRESET=desktop. One audit per page: a busy machine moves the scores, so read a low one again with
// BENCH_PAGES=<word>. Prints each page's score, total blocking time and largest contentful paint;
// LIGHTHOUSE_SAVE=<dir> writes each page's whole Lighthouse report there (<key>.json: open it in the Lighthouse
// viewer, or read its "mainthread-work-breakdown" and "bootup-time" audits to see what blocks).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { firstRoleFor, seedClassSize } from "../class-size";
import type { BenchResult, BenchSuite } from "../context";
import { fillPattern, pageKey } from "../page-routes";
import { benchPages } from "./00-pages";

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Starts headless Chromium with a DevTools port and returns the port (from its "DevTools listening" line). */
async function startChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "passage-lh-"));
  const child = spawn(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    ["--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, ...CHROMIUM_FLAGS, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000);
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on("exit", (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
  return {
    port,
    stop: async () => {
      // Chromium writes its profile until it has exited: remove the folder after, or the rmdir races it (seen:
      // ENOTEMPTY after the last audit, and no figures written).
      const exited = new Promise((r) => child.once("exit", r));
      child.kill();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

const suite: BenchSuite = {
  name: "lighthouse",
  async run(ctx) {
    const { values, roles } = await seedClassSize(ctx);
    const chromium = await startChromium();
    const desktop = process.env.LIGHTHOUSE_PRESET === "desktop";
    const out: BenchResult = {};
    const scores: number[] = [];
    try {
      for (const pattern of benchPages()) {
        const url = `${ctx.baseUrl}${fillPattern(pattern, values)}`;
        const found = await firstRoleFor(url, roles);
        if (!found) {
          ctx.log(`${pattern}: no role gets a 200 with the seeded data: not audited`);
          continue;
        }
        const result = await lighthouse(
          url,
          {
            port: chromium.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance"],
            extraHeaders: found.cookie ? { Cookie: found.cookie } : undefined,
          },
          desktop ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        const score = Math.round((lhr?.categories.performance?.score ?? 0) * 100);
        const tbt = lhr?.audits["total-blocking-time"]?.numericValue ?? NaN;
        const lcp = lhr?.audits["largest-contentful-paint"]?.numericValue ?? NaN;
        const key = pageKey(pattern);
        const save = process.env.LIGHTHOUSE_SAVE;
        if (save && result) {
          fs.mkdirSync(save, { recursive: true });
          fs.writeFileSync(path.join(save, `${key}.json`), JSON.stringify(lhr));
        }
        ctx.log(
          `${pattern.padEnd(64)} as ${found.role.padEnd(24)} score ${String(score).padStart(3)}  TBT ${Math.round(tbt)} ms  LCP ${Math.round(lcp)} ms${lhr?.runtimeError ? `  (${lhr.runtimeError.message})` : ""}`,
        );
        scores.push(score);
        out[`lighthouse_${key}_score`] = { value: score, unit: "/100" };
        out[`lighthouse_${key}_tbt_ms`] = { value: tbt, unit: "ms" };
        out[`lighthouse_${key}_lcp_ms`] = { value: lcp, unit: "ms" };
      }
    } finally {
      await chromium.stop();
    }
    out.lighthouse_lowest_score = { value: Math.min(...scores), unit: "/100" };
    out.lighthouse_pages_below_95 = { value: scores.filter((s) => s < 95).length, unit: "pages" };
    return out;
  },
};
export default suite;
