// Recovering citations on import: an anchor in a named essay wins; otherwise the quoted text is looked for in
// our essays' passages (the smallest passage that contains it, so a sentence beats its paragraph).
import { z } from "zod";
import { passageAnchor, type ImportedQuestion, type InteropPassage, type PassageHint } from "./model";

const withModelAnswer = z.object({ modelAnswer: z.string() });

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

export type PassageIndex = {
  byAnchor: (slug: string, anchor: string) => InteropPassage | undefined;
  byText: (text: string) => InteropPassage | undefined;
};

export function indexPassages(passages: readonly InteropPassage[]): PassageIndex {
  const anchors = new Map(passages.map((p) => [`${p.essaySlug}#${passageAnchor(p)}`, p]));
  // Sentences first, then paragraphs: the most specific passage that holds the quote.
  const ordered = [...passages].sort((a, b) => (a.sentence === 0 ? 1 : 0) - (b.sentence === 0 ? 1 : 0));
  const normed = ordered.map((p) => [norm(p.text), p] as const);
  return {
    byAnchor: (slug, anchor) => anchors.get(`${slug}#${anchor}`),
    byText(text) {
      const t = norm(text);
      if (t.length < 12) return undefined; // a few words match anywhere
      return normed.find(([n]) => n === t)?.[1] ?? normed.find(([n]) => n.includes(t))?.[1];
    },
  };
}

/** The passage a hint points at, or undefined. */
export function resolveHint(h: PassageHint, index: PassageIndex): InteropPassage | undefined {
  if (h.essaySlug && h.anchor) {
    const p = index.byAnchor(h.essaySlug, h.anchor);
    if (p) return p;
  }
  return h.text ? index.byText(h.text) : undefined;
}

/**
 * Fills `passageIds` of imported questions from their hints, or failing those from their own text (a quote in
 * the prompt or the model answer); warns where nothing was found, since every question must cite a passage.
 */
export function recoverCitations(
  questions: ImportedQuestion[],
  passages: readonly InteropPassage[],
): ImportedQuestion[] {
  const index = indexPassages(passages);
  return questions.map((q) => {
    const found = q.hints.map((h) => resolveHint(h, index));
    const ids = found.filter((p): p is InteropPassage => !!p).map((p) => p.id);
    const warnings = [...q.warnings];
    const missed = found.filter((p) => !p).length;
    if (missed) warnings.push(`${missed} cited passage${missed > 1 ? "s were" : " was"} not found in the essays.`);
    if (ids.length === 0) {
      // An imported key is not validated yet (a short answer may lack its model answer): read it, do not trust it.
      const modelAnswer = withModelAnswer.safeParse(q.question.answerKey).data?.modelAnswer ?? "";
      for (const t of quotedIn(`${q.question.prompt} ${modelAnswer}`)) {
        const p = index.byText(t);
        if (p) ids.push(p.id);
      }
      if (ids.length) warnings.push("Cited passages were guessed from a quote in the question; check them.");
      else warnings.push("No cited passage was found: pick one before saving.");
    }
    return {
      ...q,
      question: { ...q.question, passageIds: [...new Set([...q.question.passageIds, ...ids])] },
      warnings,
    };
  });
}

/** Quoted stretches of a text (“…”, "…"). */
function quotedIn(text: string): string[] {
  return [...text.matchAll(/[“"]([^”"]{12,})[”"]/g)].map((m) => m[1]!);
}
