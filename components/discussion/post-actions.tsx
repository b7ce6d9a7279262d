"use client";
// A post's moderation (instructor) and report (student) controls, each one button until opened.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { PostView } from "@/lib/discussion/view-types";
import { postJson } from "./post-json";

/**
 * The instructor's pin / hide / delete for one post, behind one button opened on demand, so a busy
 * discussion does not carry three moderation buttons per post. Focus moves into the opened menu; it closes
 * after an action succeeds.
 */
export function ModerationMenu({ post }: { post: PostView }) {
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

export function ReportButton({ post }: { post: PostView }) {
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
        className="d-btn-plain"
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
