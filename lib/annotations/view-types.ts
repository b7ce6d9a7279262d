// What the reading page receives: only what this viewer may see (names never reach a student in an anonymous
// assignment, hidden annotations never reach classmates).
import type { ReadingExpectation, ReadingProgress } from "./expectation";
import type { AnnotationKind } from "./input";

export type AuthorView = { label: string; you: boolean; instructor: boolean };

export type ReplyView = { id: string; body: string; author: AuthorView; createdAt: string };

export type AnnotationView = {
  id: string;
  kind: AnnotationKind;
  body: string;
  author: AuthorView;
  /** the words as they were annotated (shown for orphans) */
  quote: string;
  /** where it sits in the essay now; null when its words are gone (orphaned) */
  start: number | null;
  end: number | null;
  paragraphs: number[];
  pinned: boolean;
  hidden: boolean;
  createdAt: string;
  replies: ReplyView[];
};

export type StudentCount = {
  label: string;
  annotations: number;
  paragraphs: number;
  replies: number;
  met: boolean;
  score: number | null;
};

export type ReadingPassage = { id: string; paragraph: number; sentence: number; start: number; end: number };

export type ReadingView = {
  assignment: { id: string; title: string; className: string; classId: string; closesAt: string | null };
  essay: { id: string; title: string; author: string | null; body: string; passages: ReadingPassage[] };
  isInstructor: boolean;
  /** a student reading with "where attention went" on: the page says so and sends reading time */
  tracking: boolean;
  anonymous: boolean;
  /** why classmates' annotations are not shown yet (answer-first), or null */
  locked: string | null;
  annotations: AnnotationView[];
  task: (ReadingExpectation & { text: string; scoreRule: string | null }) | null;
  progress: ReadingProgress | null;
  students: StudentCount[] | null;
};
