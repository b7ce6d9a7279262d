"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postJson } from "./post-json";

/** Buttons on a moderation queue row: hide or delete the reported post (delete asks first), or dismiss the report. */
export function ReportActions({
  postId,
  reportId,
  hidden,
  who,
}: {
  postId: string;
  reportId?: string;
  hidden: boolean;
  who: string;
}) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (url: string, body: unknown = {}) =>
    start(async () => {
      const res = await postJson(url, body);
      setError(res.ok ? null : res.error);
      setConfirming(false);
      if (res.ok) router.refresh();
    });
  const btn = "rounded-lg border px-3 py-1.5 text-sm font-semibold disabled:opacity-60";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={busy}
        className={`${btn} border-slate-300 bg-white text-slate-800`}
        onClick={() => run(`/api/posts/${postId}/moderate`, { action: hidden ? "unhide" : "hide" })}
        aria-label={`${hidden ? "Unhide" : "Hide"} post by ${who}`}
      >
        {hidden ? "Unhide" : "Hide"}
      </button>
      {confirming ? (
        <>
          <span className="text-sm text-red-900">Delete for everyone?</span>
          <button
            type="button"
            disabled={busy}
            className={`${btn} border-red-700 bg-red-700 text-white`}
            onClick={() => run(`/api/posts/${postId}/moderate`, { action: "delete" })}
          >
            Yes, delete
          </button>
          <button
            type="button"
            className={`${btn} border-slate-300 bg-white text-slate-800`}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </>
      ) : (
        <button
          type="button"
          disabled={busy}
          className={`${btn} border-red-300 bg-white text-red-800`}
          onClick={() => setConfirming(true)}
          aria-label={`Delete post by ${who}`}
        >
          Delete
        </button>
      )}
      {reportId && (
        <button
          type="button"
          disabled={busy}
          className={`${btn} border-slate-300 bg-white text-slate-800`}
          onClick={() => run(`/api/posts/reports/${reportId}/dismiss`)}
        >
          Dismiss report
        </button>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
