// The shapes live mode sends to browsers. Everything here is safe for the audience it is sent to: a
// question never carries its key; the key arrives only in the `reveal` event, after the instructor reveals.
import type { PassageRef, PublicQuestion } from "../questions/public-question";
import type { TypedQuestion } from "../questions/typed-question";
import type { Bucket } from "./distribution";
import type { PassageContext } from "./passage-context";
import type { Summary } from "./summary";

export type LiveState = "LOBBY" | "QUESTION" | "REVEAL" | "ENDED";

/** A question as shown live: the public question, its cited passages in context, and evidence options' texts. */
export type LiveQuestion = PublicQuestion & { contexts: PassageContext[]; citable: PassageRef[] };

export type Reveal = {
  questionId: string;
  /** the answer key (safe to send once revealed); its shape is the question's type's */
  key: TypedQuestion["answerKey"];
  explanation: string;
  /** buckets of the distribution that are (fully) correct, so bars can be marked */
  correctBucketIds: string[];
  /** the correct answer in words, e.g. "Moscow" or "True" */
  correctText: string;
};

export type Tally = { questionId: string; answered: number; buckets: (Bucket & { count: number })[] };

export type { Summary, SummaryRow } from "./summary";

/** Everything a screen needs to draw the session at one moment. Host and student share it. */
export type LiveView = {
  state: LiveState;
  index: number;
  total: number;
  question: LiveQuestion | null;
  startedAt: string | null;
  timerSeconds: number | null;
  participants: number;
  reveal: Reveal | null;
  tally: Tally | null;
  summary: Summary | null;
  /** id of the last event this view includes; the stream resumes after it */
  lastEventId: string;
};

export type LiveEventPayloads = {
  question: { index: number; total: number; question: LiveQuestion; startedAt: string; timerSeconds: number | null };
  reveal: { index: number; reveal: Reveal };
  presence: { participants: number };
  tally: { index: number; tally: Tally };
  ended: { summary: Summary };
};
export type LiveEventType = keyof LiveEventPayloads;
export type LiveEvent = { [T in LiveEventType]: { id: string; type: T; data: LiveEventPayloads[T] } }[LiveEventType];

/** Events only the instructor's screens receive (the live distribution is for the projector). */
export const HOST_ONLY_EVENTS: ReadonlySet<string> = new Set(["tally"]);

export type LiveAction = "next" | "reveal" | "end";
