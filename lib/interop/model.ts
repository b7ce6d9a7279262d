// The shapes every format in lib/interop reads and writes. Pure data: the caller loads a set and its essays'
// passages from the database and hands them in; an import returns questions to preview, nothing is saved here.
import type { QuestionInput, QuestionType } from "@/lib/questions/schema";

/** One addressable passage of an essay (Passage row): `paragraph` 1-based, `sentence` 0 for the whole paragraph. */
export type InteropPassage = { id: string; essaySlug: string; paragraph: number; sentence: number; text: string };
export type InteropEssay = { slug: string; title: string; author?: string | null; passages: InteropPassage[] };
export type InteropQuestion = Pick<
  QuestionInput,
  "type" | "prompt" | "content" | "answerKey" | "explanation" | "points" | "rubric" | "passageIds"
>;
/** A question set with everything an export needs: its questions and the essays their citations point into. */
export type InteropSet = { title: string; description?: string; essays: InteropEssay[]; questions: InteropQuestion[] };

/** Where an imported question says it comes from: an anchor in a named essay, or a quote to look for. */
export type PassageHint = { essaySlug?: string; anchor?: string; text?: string };

export type ImportedQuestion = {
  /** the source's name for it (item identifier, GIFT title, "question 3") for the preview and warnings */
  source: string;
  question: InteropQuestion & { type: QuestionType };
  /** what the source said about the passages; `question.passageIds` holds those we could resolve */
  hints: PassageHint[];
  warnings: string[];
};
/** A reading passage found in the source (QTI stimulus, or a quote carried inside a question). */
export type ImportedStimulus = { identifier: string; title: string; paragraphs: string[] };
export type Unmapped = { source: string; reason: string };
export type ImportResult = {
  format: ImportFormat;
  questions: ImportedQuestion[];
  stimuli: ImportedStimulus[];
  unmapped: Unmapped[];
  /** about the file as a whole (a skipped resource, a quirk before the first question) */
  warnings: string[];
};
export type ImportFormat = "qti3" | "qti21" | "moodle-xml" | "gift" | "aiken";

/** Bad input: a message a teacher can act on. Thrown before anything is returned, so nothing is half-parsed. */
export class InteropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InteropError";
  }
}

export const passageAnchor = (p: Pick<InteropPassage, "paragraph" | "sentence">) =>
  p.sentence === 0 ? `p${p.paragraph}` : `p${p.paragraph}-s${p.sentence}`;
