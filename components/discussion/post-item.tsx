"use client";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import type { ThreadKey } from "@/lib/discussion/fold";
import type { PostView } from "@/lib/discussion/view-types";
import { CitationChip } from "./citation-chip";
import { discussionApi, useLoadMore } from "./load-more";
import { ModerationMenu, ReportButton } from "./post-actions";
import { PostComposer } from "./post-composer";
import { ReactionBar } from "./reaction-bar";

export type ThreadCtx = {
  assignmentId: string;
  questionId: string;
  isInstructor: boolean;
  citable: { id: string; label: string }[];
  columnStance?: string | null;
};

/**
 * One post with its replies. Text is rendered as text (React escapes it): posts are plain text.
 * `focusOnMount`: the post was just revealed by "Show earlier replies" and takes keyboard focus.
 */
export function PostItem({
  post,
  ctx,
  depth = 0,
  focusOnMount = false,
}: {
  post: PostView;
  ctx: ThreadCtx;
  depth?: number;
  focusOnMount?: boolean;
}) {
  const [replying, setReplying] = useState(false);
  const self = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusOnMount) self.current?.focus();
  }, [focusOnMount]);
  const focusProps = focusOnMount ? { ref: self, tabIndex: -1 } : {};
  if (post.deleted)
    return (
      <li
        {...focusProps}
        className="rounded-lg border border-dashed border-slate-300 px-3 py-2 text-sm italic text-slate-600"
      >
        This post was removed by the instructor.
        <Replies post={post} ctx={ctx} depth={depth} />
      </li>
    );
  const rebuttal = ctx.columnStance && post.stance && post.stance !== ctx.columnStance;
  // Styled through the d-* classes (app/globals.css): a page carries dozens of posts, so each element gets
  // one short class (or none) instead of a utility string repeated per post.
  return (
    <li
      {...focusProps}
      className={post.hidden ? "d-post d-hidden" : post.pinned ? "d-post d-pinned" : "d-post"}
      data-post-id={post.id}
    >
      <p className="d-meta">
        <b>{post.author.label}</b>
        {post.author.instructor && <Badge tone="brand">Instructor</Badge>}
        {post.pinned && <Badge tone="brand">Pinned</Badge>}
        {post.hidden && (
          <Badge tone="amber">
            {post.author.mine && !ctx.isInstructor
              ? "Hidden by the instructor: only you and the instructor see it"
              : "Hidden"}
          </Badge>
        )}
        {rebuttal && <Badge tone="slate">{`Rebuttal from “${post.stance}”`}</Badge>}
        {!rebuttal && post.stance && ctx.columnStance === undefined && <Badge>{post.stance}</Badge>}
        <LocalTime iso={post.createdAt} style="medium" />
      </p>
      <p className="d-body">{post.body}</p>
      {post.citations.length > 0 && (
        <p className="d-cites">
          {post.citations.map((c) => (
            <CitationChip key={c.id} citation={c} />
          ))}
        </p>
      )}
      <div className="d-acts">
        <ReactionBar target="post" id={post.id} reactions={post.reactions} />
        {depth < 3 && (
          <button type="button" onClick={() => setReplying((r) => !r)} aria-expanded={replying} className="d-btn">
            Reply
          </button>
        )}
        {ctx.isInstructor ? <ModerationMenu post={post} /> : !post.author.mine && <ReportButton post={post} />}
      </div>
      {replying && (
        <div className="mt-2">
          <PostComposer
            compact
            assignmentId={ctx.assignmentId}
            questionId={ctx.questionId}
            parentId={post.id}
            label={`Reply to ${post.author.label}`}
            citable={ctx.citable}
            onDone={() => setReplying(false)}
          />
        </div>
      )}
      <Replies post={post} ctx={ctx} depth={depth} />
    </li>
  );
}

function Replies({ post, ctx, depth }: { post: PostView; ctx: ThreadCtx; depth: number }) {
  return (
    <ThreadList
      posts={post.replies}
      earlier={post.earlier ?? 0}
      threadKey={`post:${post.id}`}
      ctx={ctx}
      depth={depth + 1}
      label={`Replies to ${post.author.label}`}
    />
  );
}

/**
 * The replies to an answer or a post, or the general discussion. The page sends a long thread folded (its
 * pinned posts and latest replies, lib/discussion/fold.ts) with "Show N earlier replies" in between; the
 * button loads the whole thread from the server, and keyboard focus moves to the first reply it revealed
 * (the button is gone). A reply just posted is always among the latest, so it shows in a folded thread.
 */
export function ThreadList({
  posts,
  earlier = 0,
  threadKey,
  ctx,
  depth,
  label,
  noun = "reply",
}: {
  posts: PostView[];
  earlier?: number;
  threadKey: ThreadKey;
  ctx: ThreadCtx;
  depth: number;
  label: string;
  noun?: "reply" | "post";
}) {
  const more = useLoadMore<{ posts: PostView[] }>(
    discussionApi(ctx.assignmentId, ctx.questionId, { thread: threadKey }),
    posts,
  );
  const [revealed, setRevealed] = useState(false);
  if (posts.length === 0 && earlier === 0) return null;
  const all = more.data?.posts;
  const shown = new Set(posts.map((p) => p.id));
  const pinned = (all ?? posts).filter((p) => p.pinned);
  const rest = (all ?? posts).filter((p) => !p.pinned);
  // the first post the button revealed (the oldest not already on the page) takes focus
  const firstNew = all ? rest.find((p) => !shown.has(p.id))?.id : undefined;
  const plural = noun === "reply" ? "replies" : "posts";
  return (
    <ul className={depth === 0 && noun === "post" ? "space-y-2" : "d-thread"} aria-label={label}>
      {pinned.map((p) => (
        <PostItem key={p.id} post={p} ctx={ctx} depth={depth} />
      ))}
      {!all && earlier > 0 && (
        <li>
          <button
            type="button"
            aria-expanded={false}
            disabled={more.state === "loading"}
            onClick={() => {
              setRevealed(true);
              void more.load();
            }}
            className="d-btn disabled:opacity-60"
          >
            {more.state === "loading"
              ? `Loading ${earlier} earlier ${earlier === 1 ? noun : plural}…`
              : `Show ${earlier} earlier ${earlier === 1 ? noun : plural}`}
          </button>
          {more.error && (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {more.error}
            </p>
          )}
        </li>
      )}
      {rest.map((p) => (
        <PostItem key={p.id} post={p} ctx={ctx} depth={depth} focusOnMount={revealed && p.id === firstNew} />
      ))}
    </ul>
  );
}
