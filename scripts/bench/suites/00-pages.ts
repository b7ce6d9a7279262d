// Baseline: how fast the app serves a signed-in page and an essay (server render + database).
import autocannon from "autocannon";
import type { BenchSuite } from "../context";

const suite: BenchSuite = {
  name: "pages",
  async run(ctx) {
    const [u] = await ctx.createUsers(1, "STUDENT", "pages");
    const cookie = await ctx.signIn(u!.email);
    const r = await autocannon({
      url: `${ctx.baseUrl}/essays/moscows-geopolitical-gamble`,
      connections: 20,
      duration: 5,
      headers: { cookie },
    });
    return {
      essay_page_requests_per_s: { value: r.requests.average, unit: "req/s" },
      essay_page_p50_ms: { value: r.latency.p50, unit: "ms" },
      essay_page_p99_ms: { value: r.latency.p99, unit: "ms" },
      essay_page_errors: { value: r.errors + r.non2xx, unit: "count" },
    };
  },
};
export default suite;
