// What the import page shows before anything is saved: each question as ours with its citations, the
// warnings, what could not be mapped (and why), and where each reading passage of the file goes.
import type { ImportFormat, Unmapped } from "../model";
import type { QuestionType } from "@/lib/questions/schema";

export type BankPreviewQuestion = {
  source: string;
  type: QuestionType;
  prompt: string;
  points: number;
  citations: { label: string; text: string }[];
  warnings: string[];
  /** false when no cited passage was found: such a question is left out of the import */
  importable: boolean;
};
export type BankPreviewStimulus = {
  title: string;
  paragraphs: number;
  /** matched: an essay you can already read; create: becomes a new essay; unused: cited by no question */
  fate: { kind: "matched"; essayTitle: string } | { kind: "create" } | { kind: "unused" };
};
export type BankPreview = {
  fileName: string;
  format: ImportFormat;
  /** sha-256 of the file, so the confirmation saves exactly what was previewed */
  digest: string;
  questions: BankPreviewQuestion[];
  unmapped: Unmapped[];
  stimuli: BankPreviewStimulus[];
  warnings: string[];
};

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  qti3: "QTI 3.0",
  qti21: "QTI 2.1",
  "moodle-xml": "Moodle XML",
  gift: "GIFT",
  aiken: "Aiken",
};
