// For formats with no stimulus (GIFT, Moodle XML): the question text is HTML that carries the prompt, the
// claim or statement, and each cited passage quoted in a <blockquote cite="P.slug.anchor">, so a teacher in
// Moodle sees the passage and an import back here finds the citation.
import { indexPassages } from "./citations";
import type { InteropPassage, PassageHint } from "./model";
import { escapeXml } from "./xml";
import { parsePassageIdentifier, passageIdentifier } from "./qti/identifiers";

export function stemHtml(
  prompt: string,
  cited: InteropPassage[],
  essayTitle: (slug: string) => string,
  extra?: { cls: string; text: string },
): string {
  const quote = (p: InteropPassage, i: number) =>
    `<blockquote cite="${passageIdentifier(p, i)}"><p>${escapeXml(p.text)}</p><p><cite>${escapeXml(essayTitle(p.essaySlug))}, paragraph ${p.paragraph}${p.sentence ? `, sentence ${p.sentence}` : ""}</cite></p></blockquote>`;
  return `<p>${escapeXml(prompt)}</p>${extra ? `<p class="${extra.cls}">${escapeXml(extra.text)}</p>` : ""}${cited.map(quote).join("")}`;
}

/** Entities decoded and tags removed, whitespace kept (the text around a blank keeps its spaces). */
export const htmlInline = (s: string) =>
  s
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
const decode = (s: string) =>
  htmlInline(s.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, " "))
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
export const htmlToText = decode;

/** The parts of a question text written by stemHtml (or any HTML: then it is all prompt). */
export function readStemHtml(html: string): { prompt: string; extra: Record<string, string>; hints: PassageHint[] } {
  const hints: PassageHint[] = [];
  let rest = html.replace(/<blockquote([^>]*)>([\s\S]*?)<\/blockquote>/gi, (_, attrs: string, inner: string) => {
    const cite = /cite="([^"]*)"/.exec(attrs)?.[1];
    const ref = cite ? parsePassageIdentifier(cite) : null;
    const text = decode(/<p>([\s\S]*?)<\/p>/i.exec(inner)?.[1] ?? inner);
    hints.push(ref ? { ...ref, text } : { text });
    return "";
  });
  const extra: Record<string, string> = {};
  rest = rest.replace(
    /<p class="(claim|statement)">([\s\S]*?)<\/p>/gi,
    (_, cls: string, inner: string) => ((extra[cls] = decode(inner)), ""),
  );
  return { prompt: decode(rest), extra, hints };
}

/** Choice texts that are all passages of our essays, as passage ids (an evidence question written out as choices). */
export function passagesByText(texts: string[], passages: readonly InteropPassage[]): string[] | null {
  if (!passages.length) return null;
  const index = indexPassages(passages);
  const found = texts.map((t) => index.byText(t));
  return found.every(Boolean) ? found.map((p) => p!.id) : null;
}
