// What the take page of a guided reading sends to the student's browser: only the open sections' text.
import { screenText } from "../questions/passages-while-answering";
import type { QuestionType } from "../questions/schema";
import type { TypedQuestion } from "../questions/typed-question";

export type GuideSentence = { id: string; paragraph: number; sentence: number; text: string };
/** `id`: the paragraph's own passage (sentence 0), which reading time is recorded against. */
export type GuideParagraph = { paragraph: number; sentences: GuideSentence[]; id?: string };
export type GuideViewSection = { paragraphs: GuideParagraph[]; questionIds: string[] };

export type GuideView = {
  essay: { id: string; slug: string; title: string } | null;
  /** the open sections, top to bottom; the locked ones are not sent */
  sections: GuideViewSection[];
  /** more of the essay (or more questions) is below, locked */
  locked: boolean;
  /** the instructor turned the gate off for this student */
  gateOff: boolean;
};

/** Shown in place of a sentence that would hand out an answer (a question's key quoted verbatim). */
export const WITHHELD_SENTENCE = "[This sentence is hidden until you submit: it contains an answer.]";

// Evidence and attribution questions ask for a passage or an essay: reading it is the task, not a giveaway.
const SCREENED: ReadonlySet<QuestionType> = new Set(["CLOZE", "SINGLE_CHOICE", "MULTIPLE_SELECT", "SHORT_ANSWER"]);

/**
 * A sentence of the guided essay as shown during the attempt: screened, as passages beside a question are, by the
 * keys of the questions that cite it (directly or through its paragraph): a cloze's missing words blanked, any
 * other quoted key withholds the sentence.
 */
export function screenGuideSentence(text: string, citing: readonly TypedQuestion[]): string {
  let out = text;
  for (const q of citing) {
    if (!SCREENED.has(q.type)) continue;
    const screened = screenText(q, out);
    if (screened === null) return WITHHELD_SENTENCE;
    out = screened;
  }
  return out;
}

/** Sentences (in order) as paragraphs: a section can start or end inside a paragraph. */
export function toParagraphs(sentences: readonly GuideSentence[]): GuideParagraph[] {
  const out: GuideParagraph[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last.paragraph === s.paragraph) last.sentences.push(s);
    else out.push({ paragraph: s.paragraph, sentences: [s] });
  }
  return out;
}
