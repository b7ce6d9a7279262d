import "server-only";
import type { EssayView, PostView, ReactionView } from "@/lib/discussion/view-types";
import { db } from "../db";
import { authorView } from "./author-view";
import { citationView } from "./citation-view";
import { passageIndex } from "./passage-index";
import type { DiscussionContext } from "./load-discussion-context";

const citationSelect = {
  id: true,
  passageId: true,
  quoteStart: true,
  quoteEnd: true,
  exact: true,
  prefix: true,
  suffix: true,
} as const;

/**
 * Every post of one assignment question the viewer may see, as threads: keyed by the answer they reply
 * to ("general" for posts on the question itself). Hidden posts reach only their author (marked hidden)
 * and the instructor; the `where` enforces it, so a hidden post never leaves the database for others.
 * A deleted post stays as a placeholder only while it has visible replies.
 */
export async function loadThreads(ctx: DiscussionContext, stanceLabel: (id: string | null) => string | null) {
  const posts = await db.post.findMany({
    where: {
      assignmentId: ctx.assignment.id,
      questionId: ctx.question.id,
      ...(ctx.isInstructor ? {} : { OR: [{ hidden: false }, { authorId: ctx.viewer.id }] }),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      responseId: true,
      parentId: true,
      body: true,
      stance: true,
      hidden: true,
      pinned: true,
      deletedAt: true,
      createdAt: true,
      author: { select: { id: true, name: true, role: true } },
      citations: { select: citationSelect },
      reports: { where: { reporterId: ctx.viewer.id }, select: { id: true } },
    },
  });
  return {
    posts,
    build: (essays: EssayView[], reactions: (key: string) => ReactionView[]): ((key: string) => PostView[]) =>
      buildThreads(posts, ctx, essays, stanceLabel, reactions),
  };
}

type Row = {
  id: string;
  responseId: string | null;
  parentId: string | null;
  body: string;
  stance: string | null;
  hidden: boolean;
  pinned: boolean;
  deletedAt: Date | null;
  createdAt: Date;
  author: { id: string; name: string; role: "INSTRUCTOR" | "STUDENT" };
  citations: {
    id: string;
    passageId: string;
    quoteStart: number | null;
    quoteEnd: number | null;
    exact: string | null;
    prefix: string | null;
    suffix: string | null;
  }[];
  reports: { id: string }[];
};

function buildThreads(
  posts: Row[],
  ctx: DiscussionContext,
  essays: EssayView[],
  stanceLabel: (id: string | null) => string | null,
  reactions: (key: string) => ReactionView[],
) {
  const index = passageIndex(essays);
  const views = new Map<string, PostView>();
  for (const p of posts) {
    const deleted = p.deletedAt !== null;
    views.set(p.id, {
      id: p.id,
      author: deleted ? { label: "Removed", mine: false, instructor: false } : authorView(p.author, ctx),
      body: deleted ? "" : p.body,
      createdAt: p.createdAt.toISOString(),
      hidden: p.hidden,
      pinned: p.pinned,
      deleted,
      stance: stanceLabel(p.stance),
      citations: deleted ? [] : p.citations.map((c) => citationView(c, index)).filter((c) => c !== null),
      reactions: reactions(`post:${p.id}`),
      reportedByMe: p.reports.length > 0,
      replies: [],
    });
  }
  const roots = new Map<string, PostView[]>();
  for (const p of posts) {
    const view = views.get(p.id)!;
    if (p.parentId)
      views.get(p.parentId)?.replies.push(view); // a reply under an invisible post is not shown
    else {
      const key = p.responseId ?? "general";
      roots.set(key, [...(roots.get(key) ?? []), view]);
    }
  }
  const prune = (list: PostView[]): PostView[] =>
    list
      .map((v) => ({ ...v, replies: prune(v.replies) }))
      .filter((v) => !v.deleted || v.replies.length > 0)
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.createdAt.localeCompare(b.createdAt));
  return (key: string) => prune(roots.get(key) ?? []);
}
