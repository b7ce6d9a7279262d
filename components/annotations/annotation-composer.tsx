"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { ANNOTATION_BODY_MAX, KIND_LABEL, type AnnotationKind } from "@/lib/annotations/kinds";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * What to do with the chosen words: highlight them at once, or write a comment / say what is confusing. On a
 * phone it is a bottom sheet over the essay; on a wide screen it sits at the top of the side panel.
 */
export function AnnotationComposer({
  quote,
  save,
  cancel,
  focusOnOpen,
}: {
  quote: string;
  save: (kind: AnnotationKind, body: string) => Promise<string | null>;
  cancel: () => void;
  focusOnOpen: boolean;
}) {
  const [kind, setKind] = useState<AnnotationKind | null>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, start] = useTransition();
  const first = useRef<HTMLButtonElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnOpen) first.current?.focus();
  }, [focusOnOpen, quote]);
  useEffect(() => {
    if (kind) text.current?.focus();
  }, [kind]);

  const submit = (k: AnnotationKind, b: string) =>
    start(async () => {
      setError(await save(k, b));
    });
  const short = quote.length > 140 ? `${quote.slice(0, 140)}…` : quote;
  return (
    <section
      aria-label="Annotate the selected words"
      className="fixed inset-x-0 bottom-0 z-30 max-h-[70vh] overflow-y-auto border-t border-slate-300 bg-white p-4 shadow-2xl lg:static lg:z-auto lg:max-h-none lg:rounded-xl lg:border lg:shadow-sm"
      onKeyDown={(e) => {
        if (e.key === "Escape") cancel();
      }}
    >
      <p className="text-sm font-semibold text-slate-800">Selected</p>
      <blockquote className="mt-1 border-l-4 border-violet-600 pl-3 font-serif text-slate-900">“{short}”</blockquote>
      {!kind ? (
        <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label="Add">
          <button
            ref={first}
            type="button"
            className={buttonClass()}
            disabled={saving}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => submit("HIGHLIGHT", "")}
          >
            {saving ? "Saving…" : "Highlight"}
          </button>
          <Button variant="secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => setKind("COMMENT")}>
            Comment
          </Button>
          <Button variant="secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => setKind("QUESTION")}>
            I&rsquo;m confused here
          </Button>
          <Button variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        </div>
      ) : (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            submit(kind, body);
          }}
        >
          <label htmlFor="annotation-body" className="block text-sm font-medium text-slate-800">
            {kind === "COMMENT" ? "Your comment" : "What confuses you? (optional)"}
          </label>
          <textarea
            id="annotation-body"
            ref={text}
            value={body}
            maxLength={ANNOTATION_BODY_MAX + 100}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "annotation-error" : undefined}
            className="block w-full rounded-lg border border-slate-400 px-3 py-2 text-base"
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={saving}>
              {saving ? "Saving…" : `Save ${KIND_LABEL[kind] === "Comment" ? "comment" : "question"}`}
            </Button>
            <Button type="button" variant="ghost" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {error && (
        <p id="annotation-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
