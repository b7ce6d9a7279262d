// Runs the offline drafter over the evaluation essays and prints, per essay, how many drafts pass each rule of
// lib/drafting/rubric.ts. Usage: npx tsx scripts/eval-drafter.ts [--limit N] [--show N] [--seed S] [--markdown]
// [--show-reasoning]: N drafts per essay (by default as many as the essay's length is worth), N random drafts per
// essay to read (shuffled with seed S, 7 by default; --markdown prints them for a person to judge, with the key marked
// and the cited passage), every stance, cause and comparison draft.
import path from "node:path";
import { draftQuestions } from "@/lib/drafting/draft-questions";
import { FIXTURE_ESSAYS, loadFixtureEssay } from "@/lib/drafting/fixture-essays";
import { RUBRIC, scoreDrafts } from "@/lib/drafting/rubric";
import { seededShuffle } from "@/lib/questions/public-question";
import { draftMarkdown } from "./draft-markdown";

const root = path.resolve(import.meta.dirname, "..");
const showAt = process.argv.indexOf("--show");
const show = showAt > 0 ? Number(process.argv[showAt + 1] ?? 20) : 0;
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
};
const limit = option("--limit");
const seed = option("--seed") ?? 7;
const markdown = process.argv.includes("--markdown");
// With --markdown the sample goes to stdout alone (to be saved and read) and the figures to stderr.
const log = markdown ? console.error : console.log;
const essays = FIXTURE_ESSAYS.map((slug) => loadFixtureEssay(root, slug));
// Each essay is drafted on its own (no peers) and, for the comparison kind, paired with the next one.
for (const [i, essay] of essays.entries()) {
  const peers = [essays[(i + 1) % essays.length]!];
  const drafts = draftQuestions(essay, peers, limit ? { limit } : undefined);
  const r = scoreDrafts({ essay, peers, drafts });
  const words = essay.body.split(/\s+/).length;
  log(`\n${essay.title.slice(0, 60)} (${words} words): ${drafts.length} drafts`);
  const kinds = new Map<string, number>();
  for (const d of drafts) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  log(`  kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const rule of RUBRIC) log(`  ${String(r.perRule[rule.id]).padStart(3)}/${r.drafts}  ${rule.label}`);
  log(`  passes every rule: ${r.passedAll}/${r.drafts} (${Math.round((100 * r.passedAll) / r.drafts)} %)`);
  log(
    `  paragraph coverage: ${Math.round(r.coverage * 100)} %; key positions (single choice): ${r.keyPositions.join(" / ")}`,
  );
  for (const f of r.failures) log(`  FAIL ${f.rule}: #${f.index + 1} ${f.prompt.slice(0, 90)}`);
  // The inference and comparison kinds are few in a default mix (the text has few sentences they fit): drafted
  // alone, as a teacher who ticks only them would see them.
  const reasoning = draftQuestions(essay, peers, { limit: 60, kinds: ["stance", "cause", "comparison"] });
  const rr = scoreDrafts({ essay, peers, drafts: reasoning });
  const byKind = ["stance", "cause", "comparison"].map((k) => `${k} ${reasoning.filter((d) => d.kind === k).length}`);
  log(`  stance, cause and comparison alone: ${byKind.join(", ")}; pass every rule ${rr.passedAll}/${rr.drafts}`);
  for (const f of rr.failures) log(`  FAIL ${f.rule}: ${f.prompt.slice(0, 90)}`);
  if (process.argv.includes("--show-reasoning"))
    for (const d of reasoning) log(`    [${d.kind}] ${d.prompt}\n      ${JSON.stringify(d.content).slice(0, 400)}`);
  if (show) {
    if (markdown) console.log(`\n## ${essay.title}\n`);
    for (const [n, d] of seededShuffle(drafts, seed).slice(0, show).entries()) {
      if (markdown) {
        console.log(draftMarkdown(d, n + 1, [essay, ...peers]));
        continue;
      }
      const key = JSON.stringify(d.answerKey);
      log(
        `\n  [${d.kind}] ${d.prompt}\n    ${JSON.stringify(d.content).slice(0, 300)}\n    key ${key}\n    why: ${d.rationale}`,
      );
    }
  }
}
