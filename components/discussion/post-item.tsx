"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Badge } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import type { PostView } from "@/lib/discussion/view-types";
import { CitationChip } from "./citation-chip";
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
      className={`rounded-lg border px-3 py-2 ${post.hidden ? "border-amber-400 bg-amber-50" : post.pinned ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
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
          <button
            type="button"
            onClick={() => setReplying((r) => !r)}
            aria-expanded={replying}
            className="rounded-lg px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            Reply
          </button>
        )}
        {ctx.isInstructor ? <ModerationButtons post={post} /> : !post.author.mine && <ReportButton post={post} />}
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
  return <ThreadList posts={post.replies} ctx={ctx} depth={depth + 1} label={`Replies to ${post.author.label}`} />;
}

/** Up to this many replies a thread shows them all; past it, the earlier ones fold behind a button. */
const SHOW_ALL_UP_TO = 3;
/** How many of the latest replies stay visible in a folded thread (a reply just posted is always among them). */
const KEEP_LATEST = 2;

/**
 * The replies to an answer or a post. A long thread shows its pinned replies and its latest two, with
 * "Show N earlier replies" in between, so a busy discussion reads as a list of answers rather than a wall
 * of replies, and the page stays light: folded replies are not rendered until asked for. Opening the fold
 * moves keyboard focus to the first reply it revealed (the button is gone).
 */
export function ThreadList({
  posts,
  ctx,
  depth,
  label,
}: {
  posts: PostView[];
  ctx: ThreadCtx;
  depth: number;
  label: string;
}) {
  const [open, setOpen] = useState(false);
  if (posts.length === 0) return null;
  const pinned = posts.filter((p) => p.pinned);
  const rest = posts.filter((p) => !p.pinned);
  const foldable = rest.length > SHOW_ALL_UP_TO;
  const folded = foldable && !open ? rest.length - KEEP_LATEST : 0;
  return (
    <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3" aria-label={label}>
      {pinned.map((p) => (
        <PostItem key={p.id} post={p} ctx={ctx} depth={depth} />
      ))}
      {folded > 0 && (
        <li>
          <button
            type="button"
            aria-expanded={false}
            onClick={() => setOpen(true)}
            className="rounded-lg px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            Show {folded} earlier {folded === 1 ? "reply" : "replies"}
          </button>
        </li>
      )}
      {rest.slice(folded).map((p, i) => (
        <PostItem key={p.id} post={p} ctx={ctx} depth={depth} focusOnMount={open && foldable && i === 0} />
      ))}
    </ul>
  );
}

function ModerationButtons({ post }: { post: PostView }) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = (action: string) =>
    start(async () => {
      const res = await postJson(`/api/posts/${post.id}/moderate`, { action });
      setError(res.ok ? null : res.error);
      setConfirming(false);
      if (res.ok) router.refresh();
    });
  const btn = "rounded-lg px-2 py-1 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60";
  return (
    <span className="flex flex-wrap items-center gap-1">
      <button
        type="button"
        disabled={busy}
        className={`${btn} text-slate-700`}
        onClick={() => act(post.pinned ? "unpin" : "pin")}
        aria-label={`${post.pinned ? "Unpin" : "Pin"} post by ${post.author.label}`}
      >
        {post.pinned ? "Unpin" : "Pin"}
      </button>
      <button
        type="button"
        disabled={busy}
        className={`${btn} text-slate-700`}
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
          <button type="button" className={`${btn} text-slate-700`} onClick={() => setConfirming(false)}>
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
