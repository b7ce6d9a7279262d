// What the discussion page sends first, and what it loads when asked (docs/decisions/0050). A busy discussion
// (40 answers, 200 replies) rendered whole was 525 kB of HTML; the page now carries each thread's pinned and
// latest replies, the first answers of each group, and counts of the rest, which the browser fetches from
// GET /api/discussion/[assignmentId]/[questionId] with the page's own access check.
import { splitAnswers } from "./split-answers";
import type { AnswerGroup, AnswerView, AuthorView, EssayView, PostView } from "./view-types";

/** Up to this many replies a thread shows them all; past it, the earlier ones fold behind a button. */
export const SHOW_ALL_UP_TO = 3;
/** How many of the latest replies stay visible in a folded thread (a reply just posted is always among them). */
export const KEEP_LATEST = 2;
/** The general discussion (posts on the question itself) shows this many of its latest posts. */
export const GENERAL_LATEST = 20;
/** Answer cards per group on the first page; the rest come with "Show N more answers". */
export const CARDS_PER_GROUP = 4;

/** A thread's `key` for the loader: the replies to an answer, to a post, or the general discussion. */
export type ThreadKey = `response:${string}` | `post:${string}` | "general";

/**
 * One thread as the page first shows it: pinned posts, then the latest `keep` of the others (oldest first),
 * each with its own replies folded the same way. `earlier` counts the posts left out (the oldest ones).
 */
export function foldThread(
  posts: PostView[],
  { showAllUpTo = SHOW_ALL_UP_TO, keep = KEEP_LATEST }: { showAllUpTo?: number; keep?: number } = {},
): { posts: PostView[]; earlier: number } {
  const pinned = posts.filter((p) => p.pinned);
  const rest = posts.filter((p) => !p.pinned);
  const earlier = rest.length > showAllUpTo ? rest.length - keep : 0;
  return { posts: [...pinned, ...rest.slice(earlier)].map(foldReplies), earlier };
}

/** A post with its replies folded (recursively). */
export function foldReplies(post: PostView): PostView {
  const { posts, earlier } = foldThread(post.replies);
  return { ...post, replies: posts, earlier };
}

/** The general discussion: the latest GENERAL_LATEST posts, each with its replies folded. */
export function foldGeneral(posts: PostView[]) {
  return foldThread(posts, { showAllUpTo: GENERAL_LATEST, keep: GENERAL_LATEST });
}

export function foldAnswer(answer: AnswerView): AnswerView {
  const { posts, earlier } = foldThread(answer.posts);
  return { ...answer, posts, earlier };
}

/** One answer group as the page first shows it: its count, the first cards (folded), the silent authors by name. */
export type GroupPage = {
  key: string;
  label: string;
  count: number;
  cards: AnswerView[];
  /** cards left for "Show N more answers" */
  more: number;
  silent: AuthorView[];
};

export function pageGroup(group: AnswerGroup, perGroup = CARDS_PER_GROUP): GroupPage {
  const { cards, silent } = splitAnswers(group.answers);
  return {
    key: group.key,
    label: group.label,
    count: group.answers.length,
    cards: cards.slice(0, perGroup).map(foldAnswer),
    more: Math.max(0, cards.length - perGroup),
    silent,
  };
}

/** The cards of a group after the first `from`, folded: what "Show N more answers" fetches. */
export function moreCards(group: AnswerGroup, from: number): AnswerView[] {
  return splitAnswers(group.answers).cards.slice(from).map(foldAnswer);
}

/** The whole thread behind `key`, its posts' own replies folded: what "Show N earlier replies" fetches. */
export function findThread(groups: AnswerGroup[], general: PostView[], key: string): PostView[] | null {
  if (key === "general") return general.map(foldReplies);
  if (key.startsWith("response:")) {
    const id = key.slice("response:".length);
    for (const g of groups) for (const a of g.answers) if (a.responseId === id) return a.posts.map(foldReplies);
    return null;
  }
  if (key.startsWith("post:")) {
    const id = key.slice("post:".length);
    const find = (list: PostView[]): PostView | null => {
      for (const p of list) {
        if (p.id === id) return p;
        const hit = find(p.replies);
        if (hit) return hit;
      }
      return null;
    };
    for (const list of [general, ...groups.flatMap((g) => g.answers.map((a) => a.posts))]) {
      const hit = find(list);
      if (hit) return hit.replies.map(foldReplies);
    }
  }
  return null;
}

/**
 * The essays as the essay panel needs them: passages without their text, which the panel takes from the essay
 * body by the passage's offsets (it renders sentences; a paragraph's own row is only an anchor). Otherwise the
 * essay's text would travel to the browser three times (body, paragraphs, sentences).
 */
export function essaysForPanel(essays: EssayView[]): EssayView[] {
  return essays.map((e) => ({ ...e, passages: e.passages.map((p) => ({ ...p, text: "" })) }));
}
