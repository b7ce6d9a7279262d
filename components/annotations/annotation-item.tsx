"use client";
import { useState, useTransition } from "react";
import { ANNOTATION_BODY_MAX, KIND_LABEL } from "@/lib/annotations/kinds";
import type { AnnotationView } from "@/lib/annotations/view-types";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { ModerateAnnotation, ReplyToAnnotation } from "./types";

const BADGE = {
  HIGHLIGHT: "bg-yellow-200 text-slate-900",
  COMMENT: "bg-sky-100 text-sky-900",
  QUESTION: "bg-orange-100 text-orange-900",
} as const;

/** One annotation in the side panel: what and who, the quote (or that its words are gone), replies, a reply box. */
export function AnnotationItem({
  a,
  n,
  canReply,
  reply,
  moderate,
  onShow,
  onModerated,
}: {
  a: AnnotationView;
  n: number;
  canReply: boolean;
  reply: ReplyToAnnotation;
  moderate: ModerateAnnotation | null;
  onShow: (a: AnnotationView) => void;
  onModerated: (message: string, undo: (() => void) | null) => void;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const orphaned = a.start === null;
  const send = () =>
    start(async () => {
      const r = await reply(a.id, text);
      if (r.ok) {
        setText("");
        setError(null);
      } else setError(r.message);
    });
  const mod = (action: "pin" | "unpin" | "hide" | "unhide") =>
    start(async () => {
      const r = await moderate!(a.id, action);
      if (!r.ok) return onModerated(r.message, null);
      onModerated(r.message ?? "Done.", action === "hide" ? () => void moderate!(a.id, "unhide") : null);
    });
  return (
    <li id={`annotation-${a.id}`} tabIndex={-1} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <article aria-label={`Annotation ${n}: ${KIND_LABEL[a.kind]} by ${a.author.label}`}>
        <h3 className="flex flex-wrap items-center gap-2 text-sm">
          <span className="inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-slate-700 px-1 text-xs font-bold text-white">
            {n}
          </span>
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${BADGE[a.kind]}`}>{KIND_LABEL[a.kind]}</span>
          <span className="font-semibold text-slate-900">{a.author.label}</span>
          {a.author.instructor && <span className="text-xs font-semibold text-brand-700">Instructor</span>}
          {a.pinned && (
            <span className="rounded bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">Pinned</span>
          )}
          {a.hidden && (
            <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">
              Hidden from students
            </span>
          )}
        </h3>
        <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 font-serif text-slate-800">“{a.quote}”</blockquote>
        {orphaned ? (
          <p className="mt-1 text-sm font-medium text-amber-800">
            These words are no longer in the essay (it was edited); the annotation is kept with its quote.
          </p>
        ) : (
          <button type="button" onClick={() => onShow(a)} className="mt-1 text-sm text-brand-700 underline">
            Show in the essay (¶{a.paragraphs.join(", ¶")})
          </button>
        )}
        {a.body && <p className="mt-2 whitespace-pre-wrap text-slate-900">{a.body}</p>}
        <p className="mt-1 text-xs text-slate-600">
          <LocalTime iso={a.createdAt} style="medium" />
        </p>
        {a.replies.length > 0 && (
          <ul aria-label={`Replies to annotation ${n}`} className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
            {a.replies.map((r) => (
              <li key={r.id} className="text-sm">
                <span className="font-semibold text-slate-900">{r.author.label}</span>
                {r.author.instructor && <span className="ml-1 text-xs font-semibold text-brand-700">Instructor</span>}
                <p className="whitespace-pre-wrap text-slate-800">{r.body}</p>
              </li>
            ))}
          </ul>
        )}
        {canReply && (
          <form
            className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-start"
            onSubmit={(e) => {
              e.preventDefault();
              send();
            }}
          >
            <label htmlFor={`reply-${a.id}`} className="sr-only">
              Reply to annotation {n}
            </label>
            <textarea
              id={`reply-${a.id}`}
              rows={1}
              value={text}
              maxLength={ANNOTATION_BODY_MAX + 100}
              placeholder="Reply…"
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `reply-${a.id}-error` : undefined}
              className="min-h-10 flex-1 rounded-lg border border-slate-400 px-3 py-2 text-base"
            />
            <Button type="submit" variant="secondary" disabled={busy}>
              {busy ? "Posting…" : moderate ? "Answer" : "Reply"}
            </Button>
          </form>
        )}
        {error && (
          <p id={`reply-${a.id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
        {moderate && (
          <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-100 pt-3">
            <Button variant="secondary" disabled={busy} onClick={() => mod(a.pinned ? "unpin" : "pin")}>
              {a.pinned ? "Unpin" : "Pin"}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => mod(a.hidden ? "unhide" : "hide")}>
              {a.hidden ? "Show to students" : "Hide"}
            </Button>
          </div>
        )}
      </article>
    </li>
  );
}
