// A set as GIFT (Moodle's text format). GIFT has no stimulus and no points: cited passages are quoted in each
// question's HTML text (stem.ts), points are dropped, and types GIFT lacks are written as the nearest it has
// (evidence and attribution as multiple choice, ordering as matching to positions 1…n, debate as an essay).
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
    const c = (q.content ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated by lib/questions/schema before export
    const k = (q.answerKey ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated by lib/questions/schema before export
    const cited = q.passageIds.map((id) => passages.get(id)).filter((p): p is InteropPassage => !!p);
    const feedback = q.explanation ? ` ####${escapeGift(q.explanation)}` : "";
    const stem = (extra?: { cls: string; text: string }) =>
      `[html]${escapeGift(stemHtml(q.prompt, cited, title, extra))}`;
    const head = `// ${q.type}\n::Q${i + 1}::`;
    let body: string;
    switch (q.type) {
      case "SINGLE_CHOICE":
        body = `${stem()}{\n${(c.choices as { id: string; text: string }[]).map((x) => `\t${x.id === k.correct ? "=" : "~"}${html(x.text)}`).join("\n")}\n${feedback}}`;
        break;
      case "MULTIPLE_SELECT": {
        const correct = new Set(k.correct as string[]);
        const share = fmt(100 / correct.size);
        body = `${stem()}{\n${(c.choices as { id: string; text: string }[]).map((x) => `\t~%${correct.has(x.id) ? "" : "-"}${share}%${html(x.text)}`).join("\n")}\n${feedback}}`;
        break;
      }
      case "TRUE_FALSE":
        body = `${stem()}{${k.correct ? "TRUE" : "FALSE"}${feedback}}`;
        break;
      case "CLOZE":
        body = `[html]${escapeGift(`<p>${escapeXml(q.prompt)}</p><p><span class="before">`)}${html(c.before)}${escapeGift("</span>")}{${(k.accepted as string[]).map((a) => `=${html(a)}`).join(" ")}${feedback}}${escapeGift('<span class="after">')}${html(c.after)}${escapeGift(`</span></p>${stemHtml("", cited, title).replace(/^<p><\/p>/, "")}`)}`;
        break;
      case "EVIDENCE":
        body = `${stem({ cls: "claim", text: c.claim })}{\n${(c.options as string[]).map((id) => `\t${(k.correct as string[])[0] === id ? "=" : (k.correct as string[]).includes(id) ? "~%100%" : "~"}${html(passages.get(id)?.text ?? id)}`).join("\n")}\n${feedback}}`;
        break;
      case "ATTRIBUTION":
        body = `${stem({ cls: "statement", text: c.statement })}{\n${(c.essays as { slug: string; title: string }[]).map((e) => `\t${e.slug === k.correct ? "=" : "~"}${html(e.title)}`).join("\n")}\n${feedback}}`;
        break;
      case "ORDERING": {
        const items = new Map((c.items as { id: string; text: string }[]).map((x) => [x.id, x.text]));
        body = `${stem()}{\n${(k.order as string[]).map((id, n) => `\t=${html(items.get(id)!)} -> ${n + 1}`).join("\n")}\n${feedback}}`;
        break;
      }
      default:
        // SHORT_ANSWER and DEBATE: an essay; the model answer, rubric and sides are not carried by GIFT.
        body = `${stem()}{${feedback}}`;
    }
    out.push(head + body, "");
  });
  return out.join("\n");
}
