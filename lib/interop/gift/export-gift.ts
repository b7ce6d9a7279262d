// A set as GIFT (Moodle's text format). GIFT has no stimulus and no points: cited passages are quoted in each
// question's HTML text (stem.ts), points are dropped, and types GIFT lacks are written as the nearest it has
// (evidence and attribution as multiple choice, ordering as matching to positions 1…n, debate as an essay).
import { assertNever } from "@/lib/assert-never";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { InteropPassage, InteropSet } from "../model";
import { stemHtml } from "../stem";
import { escapeXml } from "../xml";

/** GIFT's special characters are escaped with a backslash. */
export const escapeGift = (s: string) => s.replace(/([\\~=#{}:])/g, "\\$1").replace(/\r?\n/g, "\\n");
/** Text inside an [html] question: HTML-escaped, then GIFT-escaped (answers inherit the question's format). */
const html = (s: string) => escapeGift(escapeXml(s));
const fmt = (n: number) => String(Math.round(n * 100000) / 100000);

export function exportGift(set: InteropSet): string {
  const passages = new Map(set.essays.flatMap((e) => e.passages.map((p) => [p.id, p] as const)));
  const title = (slug: string) => set.essays.find((e) => e.slug === slug)?.title ?? slug;
  const out: string[] = [`// ${set.title.replace(/\n/g, " ")}`, `$CATEGORY: ${set.title.replace(/\n/g, " ")}`, ""];
  set.questions.forEach((q, i) => {
    const t = parseQuestion({ type: q.type, content: q.content, answerKey: q.answerKey });
    const cited = q.passageIds.map((id) => passages.get(id)).filter((p): p is InteropPassage => !!p);
    const feedback = q.explanation ? ` ####${escapeGift(q.explanation)}` : "";
    const stem = (extra?: { cls: string; text: string }) =>
      `[html]${escapeGift(stemHtml(q.prompt, cited, title, extra))}`;
    const head = `// ${q.type}\n::Q${i + 1}::`;
    let body: string;
    switch (t.type) {
      case "SINGLE_CHOICE": {
        const k = t.answerKey;
        body = `${stem()}{\n${t.content.choices.map((x) => `\t${x.id === k.correct ? "=" : "~"}${html(x.text)}`).join("\n")}\n${feedback}}`;
        break;
      }
      case "MULTIPLE_SELECT": {
        const correct = new Set(t.answerKey.correct);
        const share = fmt(100 / correct.size);
        body = `${stem()}{\n${t.content.choices.map((x) => `\t~%${correct.has(x.id) ? "" : "-"}${share}%${html(x.text)}`).join("\n")}\n${feedback}}`;
        break;
      }
      case "TRUE_FALSE":
        body = `${stem()}{${t.answerKey.correct ? "TRUE" : "FALSE"}${feedback}}`;
        break;
      case "CLOZE": {
        const c = t.content;
        body = `[html]${escapeGift(`<p>${escapeXml(q.prompt)}</p><p><span class="before">`)}${html(c.before)}${escapeGift("</span>")}{${t.answerKey.accepted.map((a) => `=${html(a)}`).join(" ")}${feedback}}${escapeGift('<span class="after">')}${html(c.after)}${escapeGift(`</span></p>${stemHtml("", cited, title).replace(/^<p><\/p>/, "")}`)}`;
        break;
      }
      case "EVIDENCE": {
        const correct = t.answerKey.correct;
        body = `${stem({ cls: "claim", text: t.content.claim })}{\n${t.content.options.map((id) => `\t${correct[0] === id ? "=" : correct.includes(id) ? "~%100%" : "~"}${html(passages.get(id)?.text ?? id)}`).join("\n")}\n${feedback}}`;
        break;
      }
      case "ATTRIBUTION": {
        const k = t.answerKey;
        body = `${stem({ cls: "statement", text: t.content.statement })}{\n${t.content.essays.map((e) => `\t${e.slug === k.correct ? "=" : "~"}${html(e.title)}`).join("\n")}\n${feedback}}`;
        break;
      }
      case "ORDERING": {
        const items = new Map(t.content.items.map((x) => [x.id, x.text]));
        body = `${stem()}{\n${t.answerKey.order.map((id, n) => `\t=${html(items.get(id)!)} -> ${n + 1}`).join("\n")}\n${feedback}}`;
        break;
      }
      case "SHORT_ANSWER":
      case "DEBATE":
        // An essay; the model answer, rubric and sides are not carried by GIFT.
        body = `${stem()}{${feedback}}`;
        break;
      default:
        return assertNever(t, "question type");
    }
    out.push(head + body, "");
  });
  return out.join("\n");
}
