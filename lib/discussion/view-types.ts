// What the discussion and debate pages send to the browser. No user ids: authors are described by a
// label (a name, or a pseudonym in anonymous assignments) and flags, so anonymity cannot leak through props.
import type { PassageRow } from "@/lib/passages/group";

export type EssayView = { id: string; slug: string; title: string; body: string; passages: PassageRow[] };

export type AuthorView = { label: string; mine: boolean; instructor: boolean };

export type CitationView = {
  id: string;
  passageId: string;
  essayId: string;
  /** "¶3 s2" */
  label: string;
  /** the passage's text for a whole-passage citation ("" when there is a quote) */
  passageText: string;
  /** a quoted sub-span, re-anchored against the current essay text */
  quote: { exact: string; start: number; end: number; orphaned: boolean } | null;
};

export const REACTIONS = [
  { key: "agree", emoji: "👍", label: "Agree" },
  { key: "insightful", emoji: "💡", label: "Insightful" },
  { key: "question", emoji: "❓", label: "Question" },
] as const;
export type ReactionKey = (typeof REACTIONS)[number]["key"];
export type ReactionView = { key: ReactionKey; count: number; mine: boolean };

export type PostView = {
  id: string;
  author: AuthorView;
  body: string;
  createdAt: string;
  hidden: boolean;
  pinned: boolean;
  deleted: boolean;
  /** the author's stance label in a debate */
  stance: string | null;
  citations: CitationView[];
  reactions: ReactionView[];
  reportedByMe: boolean;
  replies: PostView[];
  /** replies left out of `replies` when the page was folded (loaded on demand); absent or 0 when all are there */
  earlier?: number;
};

export type AnswerView = {
  responseId: string;
  author: AuthorView;
  /** the written part (short answer, debate argument, cloze word) */
  text: string | null;
  stanceId: string | null;
  citations: CitationView[];
  reactions: ReactionView[];
  posts: PostView[];
  /** posts left out of `posts` when the page was folded (loaded on demand) */
  earlier?: number;
};

/** Answers grouped by what was chosen ("Option B", "True", a stance); written-only answers share one group. */
export type AnswerGroup = { key: string; label: string; answers: AnswerView[] };

export type ViewerView = {
  isInstructor: boolean;
  canSeePeers: boolean;
  lockedReason: string | null;
  submitted: boolean;
  anonymous: boolean;
};
