// The instructor's question-set pages with the largest built-in set: list, editor view, student preview.
import autocannon from "autocannon";
import type { BenchSuite } from "../context";

const suite: BenchSuite = {
  name: "question-sets",
  async run(ctx) {
    const [u] = await ctx.createUsers(1, "INSTRUCTOR", "sets");
    const cookie = await ctx.signIn(u!.email);
    const { rows } = await ctx.pool.query<{ id: string; n: string }>(
      `SELECT s.id, count(q.id) AS n FROM "QuestionSet" s JOIN "Question" q ON q."setId" = s.id WHERE s."builtIn" GROUP BY s.id ORDER BY n DESC LIMIT 1`,
    );
    if (!rows[0]) throw new Error("No built-in question set to benchmark: seed the database first.");
    ctx.log(`set with ${rows[0].n} questions`);
    const out: Record<string, { value: number; unit: string }> = {};
    for (const [name, path] of [
      ["sets_list", "/sets"],
      ["set_page", `/sets/${rows[0].id}`],
      ["set_preview", `/sets/${rows[0].id}/preview`],
    ] as const) {
      const r = await autocannon({ url: `${ctx.baseUrl}${path}`, connections: 10, duration: 5, headers: { cookie } });
      out[`${name}_requests_per_s`] = { value: r.requests.average, unit: "req/s" };
      out[`${name}_p50_ms`] = { value: r.latency.p50, unit: "ms" };
      out[`${name}_p99_ms`] = { value: r.latency.p99, unit: "ms" };
      out[`${name}_errors`] = { value: r.errors + r.non2xx, unit: "count" };
    }
    return out;
  },
};
export default suite;
