// One draft as Markdown a person can read and judge: its kind, stem, choices with the key marked, the cited passage
// and why it was made. Used by scripts/eval-drafter.ts --markdown.
import type { Draft, DraftEssay } from "@/lib/drafting/draft-questions";

export function draftMarkdown(d: Draft, n: number, essays: DraftEssay[]): string {
  const passage = (id: string) => essays.flatMap((e) => e.passages).find((p) => p.id === id);
  const quote = (id: string) => `> ${passage(id)?.text ?? "(missing passage)"} _(${id})_`;
  const lines = [`**${n}. [${d.kind}]** ${d.prompt}`, ""];
  switch (d.type) {
    case "SINGLE_CHOICE":
      for (const c of d.content.choices)
        lines.push(
          `- ${c.id === d.answerKey.correct ? "**✔ " : ""}${c.text}${c.id === d.answerKey.correct ? "**" : ""}`,
        );
      break;
    case "CLOZE":
      lines.push(`“${d.content.before}____${d.content.after}” — key: **${d.answerKey.accepted[0]}**`);
      break;
    case "EVIDENCE":
      lines.push(`Claim: _${d.content.claim}_`, "");
      for (const id of d.content.options)
        lines.push(`- ${d.answerKey.correct.includes(id) ? "**✔** " : ""}${passage(id)?.text ?? id}`);
      break;
    case "ATTRIBUTION":
      lines.push(`“${d.content.statement}”`, "");
      for (const e of d.content.essays)
        lines.push(
          `- ${e.slug === d.answerKey.correct ? "**✔ " : ""}${e.title}${e.slug === d.answerKey.correct ? "**" : ""}`,
        );
      break;
    default:
      lines.push("```json", JSON.stringify(d.content), "```");
  }
  lines.push("", "Cited:", "", ...d.passageIds.map(quote), "", `Why: ${d.rationale}`, "");
  return lines.join("\n");
}
