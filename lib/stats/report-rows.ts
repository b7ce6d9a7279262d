import type { QuestionType } from "@/lib/questions/schema";
import type { ItemFlag } from "@/lib/stats/interpret";
import type { ItemStats } from "@/lib/stats/item-analysis";

// The rows of the instructor's assignment report: built by server/analytics/get-assignment-report.ts, shown by
// components/analytics/. Here, below both, so the UI can name them without importing server code.
export type OptionRow = {
  key: string;
  label: string;
  count: number;
  meanTotal: number | null;
  correct: boolean | null;
};
export type QuestionReport = {
  id: string;
  number: number;
  type: QuestionType;
  prompt: string;
  points: number;
  passageIds: string[];
  passageNames: string[];
  correctAnswer: string;
  stats: ItemStats;
  graded: number;
  wrong: number;
  ungraded: number;
  flags: ItemFlag[];
  options: OptionRow[];
  wrongTexts: { text: string; count: number }[];
};
export type StudentRow = {
  attemptId: string;
  studentId: string;
  name: string;
  email: string;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  seconds: number;
  submittedAt: string;
};
export type Bin = { label: string; count: number };
