"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Badge } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import type { ThreadKey } from "@/lib/discussion/fold";
import type { PostView } from "@/lib/discussion/view-types";
import { CitationChip } from "./citation-chip";
import { discussionApi, useLoadMore } from "./load-more";
import { PostComposer } from "./post-composer";
import { postJson } from "./post-json";
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
  return (
    <li
      {...focusProps}
      className={`d-post ${post.hidden ? "border-amber-400 bg-amber-50" : post.pinned ? "border-brand-600 bg-brand-50" : ""}`}
      data-post-id={post.id}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold text-slate-900">{post.author.label}</span>
        {post.author.instructor && <Badge tone="brand">Instructor</Badge>}
        {post.pinned && <Badge tone="brand">Pinned</Badge>}
        {post.hidden && (
          <Badge tone="amber">
            {post.author.mine && !ctx.isInstructor
              ? "Hidden by the instructor: only you and the instructor see it"
              : "Hidden"}
          </Badge>
        )}
        {rebuttal && <Badge tone="slate">Rebuttal from “{post.stance}”</Badge>}
        {!rebuttal && post.stance && ctx.columnStance === undefined && <Badge>{post.stance}</Badge>}
        <span className="text-xs text-slate-600">
          <LocalTime iso={post.createdAt} style="medium" />
        </span>
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{post.body}</p>
      {post.citations.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-2">
          {post.citations.map((c) => (
            <CitationChip key={c.id} citation={c} />
          ))}
        </div>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
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

/**
 * The instructor's pin / hide / delete for one post, behind one button opened on demand, so a busy
 * discussion does not carry three moderation buttons per post. Focus moves into the opened menu; it closes
 * after an action succeeds.
 */
function ModerationMenu({ post }: { post: PostView }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>("button")?.focus();
  }, [open]);
  if (!open)
    return (
      <button
        type="button"
        aria-expanded={false}
        onClick={() => setOpen(true)}
        className="d-btn-plain"
        aria-label={`Moderate post by ${post.author.label}`}
      >
        Moderate
      </button>
    );
  return (
    <span ref={box}>
      <ModerationButtons post={post} onDone={() => setOpen(false)} />
    </span>
  );
}

function ModerationButtons({ post, onDone }: { post: PostView; onDone: () => void }) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = (action: string) =>
    start(async () => {
      const res = await postJson(`/api/posts/${post.id}/moderate`, { action });
      setError(res.ok ? null : res.error);
      setConfirming(false);
      if (res.ok) {
        onDone();
        router.refresh();
      }
    });
  const btn = "d-btn-plain";
  return (
    <span className="flex flex-wrap items-center gap-1">
      <button
        type="button"
        disabled={busy}
        className={btn}
        onClick={() => act(post.pinned ? "unpin" : "pin")}
        aria-label={`${post.pinned ? "Unpin" : "Pin"} post by ${post.author.label}`}
      >
        {post.pinned ? "Unpin" : "Pin"}
      </button>
      <button
        type="button"
        disabled={busy}
        className={btn}
        onClick={() => act(post.hidden ? "unhide" : "hide")}
        aria-label={`${post.hidden ? "Unhide" : "Hide"} post by ${post.author.label}`}
      >
        {post.hidden ? "Unhide" : "Hide"}
      </button>
      {confirming ? (
        <span className="flex items-center gap-1 rounded-lg bg-red-50 px-2 py-0.5 text-sm text-red-900">
          Delete this post for everyone?
          <button type="button" disabled={busy} className={`${btn} text-red-800`} onClick={() => act("delete")}>
            Yes, delete
          </button>
          <button type="button" className={btn} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          disabled={busy}
          className={`${btn} text-red-800`}
          onClick={() => setConfirming(true)}
          aria-label={`Delete post by ${post.author.label}`}
        >
          Delete
        </button>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

function ReportButton({ post }: { post: PostView }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  if (post.reportedByMe) return <span className="text-sm text-slate-600">Reported to the instructor</span>;
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-lg px-2 py-1 text-sm font-semibold text-slate-700 hover:bg-slate-100"
        aria-label={`Report post by ${post.author.label}`}
      >
        Report
      </button>
    );
  return (
    <form
      className="flex w-full flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await postJson(`/api/posts/${post.id}/report`, { reason });
          setError(res.ok ? null : res.error);
          if (res.ok) router.refresh();
        });
      }}
    >
      <label className="min-w-0 flex-1 text-sm">
        <span className="block font-medium text-slate-800">Why are you reporting this post?</span>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          className="mt-0.5 block w-full rounded-lg border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button
        type="submit"
        disabled={busy}
        className="rounded-lg bg-slate-800 px-3 py-1.5 text-sm font-semibold text-white"
      >
        Send report
      </button>
      <button
        type="button"
        onClick={() => setOpen(false)}
        className="rounded-lg px-2 py-1.5 text-sm font-semibold text-slate-700"
      >
        Cancel
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
