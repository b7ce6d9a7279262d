"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/input";
import { useQuotes } from "./quote-context";
import { postJson } from "./post-json";

type Props = {
  assignmentId: string;
  questionId: string;
  responseId?: string;
  parentId?: string;
  label: string;
  /** passages offered to cite whole (the question's own passages) */
  citable: { id: string; label: string }[];
  onDone?: () => void;
  compact?: boolean;
};

const MAX_BYTES = 5000;

/** Writes a post or reply; attaches the quote picked in the essay and/or a whole passage. */
export function PostComposer({
  assignmentId,
  questionId,
  responseId,
  parentId,
  label,
  citable,
  onDone,
  compact,
}: Props) {
  const router = useRouter();
  const uid = useId();
  const { pending: quote, setPending } = useQuotes();
  const [body, setBody] = useState("");
  const [passageId, setPassageId] = useState("");
  const [useQuote, setUseQuote] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [saving, start] = useTransition();
  const bytes = new TextEncoder().encode(body).length;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!body.trim()) return setError("Write something before posting.");
    if (bytes > MAX_BYTES) return setError("Your post is too long: keep it under 5,000 characters (5 kB).");
    const citations = [
      ...(quote && useQuote ? [{ passageId: quote.passageId, quote: { start: quote.start, end: quote.end } }] : []),
      ...(passageId ? [{ passageId }] : []),
    ];
    start(async () => {
      const res = await postJson("/api/posts", { assignmentId, questionId, responseId, parentId, body, citations });
      if (!res.ok) return setError(res.error);
      setError(null);
      setBody("");
      setPassageId("");
      if (quote && useQuote) setPending(null);
      onDone?.();
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={`${uid}-body`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <TextArea
        id={`${uid}-body`}
        rows={compact ? 2 : 3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        invalid={Boolean(error)}
        aria-describedby={`${uid}-count${error ? ` ${uid}-error` : ""}`}
      />
      <p
        id={`${uid}-count`}
        className={`text-xs ${bytes > MAX_BYTES ? "font-semibold text-red-700" : "text-slate-600"}`}
      >
        {bytes.toLocaleString("en")} / 5,000 characters
      </p>
      {quote && (
        <label className="flex items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <input
            type="checkbox"
            checked={useQuote}
            onChange={(e) => setUseQuote(e.target.checked)}
            className="mt-0.5 h-4 w-4 accent-brand-600"
          />
          <span>
            Include quote from {quote.label}: <span className="font-serif italic">“{quote.exact}”</span>
          </span>
        </label>
      )}
      <div className="flex flex-wrap items-end gap-2">
        {citable.length > 0 && (
          <div className="min-w-0 flex-1">
            <label htmlFor={`${uid}-cite`} className="block text-xs font-medium text-slate-700">
              Cite a passage (optional)
            </label>
            <select
              id={`${uid}-cite`}
              value={passageId}
              onChange={(e) => setPassageId(e.target.value)}
              className="mt-0.5 block min-h-10 w-full max-w-full truncate rounded-lg border border-slate-300 bg-white px-2 text-sm"
            >
              <option value="">No passage</option>
              {citable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <Button type="submit" disabled={saving} className="ml-auto">
          {saving ? "Posting…" : parentId || responseId ? "Post reply" : "Post"}
        </Button>
      </div>
      {error && (
        <p id={`${uid}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
