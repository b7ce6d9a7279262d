"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { moveSelection, selectionSpan, wordsOf, type KeySelection } from "@/lib/annotations/keyboard-range";
import type { AnnotationKind } from "@/lib/annotations/kinds";
import type { AnnotationView, ReadingView } from "@/lib/annotations/view-types";
import { domPointToOffset, selectorFromRange } from "@/lib/passages/selectors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AnnotatedEssay } from "./annotated-essay";
import { AnnotationComposer } from "./annotation-composer";
import { AnnotationItem } from "./annotation-item";
import { ReadingTaskPanel } from "./reading-task-panel";
import type { AddAnnotation, ModerateAnnotation, ReplyToAnnotation } from "./types";

type Pending = { start: number; end: number; from: "pointer" | "keys" };

/**
 * The reading page: the essay with the annotations this viewer may see, and beside it (below it on a phone)
 * the list in essay order. Words are chosen by mouse or touch (the browser's selection), or with the keys in
 * "select with keys" mode (decision 0060); either way the composer then adds a highlight, comment or question.
 */
export function ReadingRoom({
  view,
  add,
  reply,
  moderate,
  notice,
}: {
  view: ReadingView;
  /** shown between the title and the essay (what is recorded while reading) */
  notice?: ReactNode;
  add: AddAnnotation;
  reply: ReplyToAnnotation;
  moderate: ModerateAnnotation | null;
}) {
  const { essay } = view;
  const root = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [keys, setKeys] = useState<KeySelection | null>(null);
  const [status, setStatus] = useState<{ message: string; undo: (() => void) | null } | null>(null);
  const [announce, setAnnounce] = useState("");
  const words = useMemo(
    () =>
      wordsOf(
        essay.body,
        essay.passages.filter((p) => p.sentence > 0),
      ),
    [essay],
  );
  const keySpan = keys ? selectionSpan(keys, words) : null;
  // After a keyboard annotation, focus goes to it in the list once the page has the new data.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const el = focusNext.current && document.getElementById(`annotation-${focusNext.current}`);
    if (el) {
      focusNext.current = null;
      el.focus();
    }
  }, [view.annotations]);

  // Mouse and touch: the browser's own selection, read on every change (touch handles fire nothing else).
  useEffect(() => {
    const changed = () => {
      const s = document.getSelection();
      if (!s || s.isCollapsed || s.rangeCount === 0 || !root.current) return;
      const r = s.getRangeAt(0);
      if (!root.current.contains(r.startContainer) || !root.current.contains(r.endContainer)) return;
      const a = domPointToOffset(r.startContainer, r.startOffset);
      const b = domPointToOffset(r.endContainer, r.endOffset);
      if (a === null || b === null) return;
      const sel = selectorFromRange(essay.body, a, b);
      if (sel) setPending({ start: sel.start, end: sel.end, from: "pointer" });
    };
    document.addEventListener("selectionchange", changed);
    return () => document.removeEventListener("selectionchange", changed);
  }, [essay.body]);

  useEffect(() => {
    if (keys) root.current?.querySelector("[data-selected]")?.scrollIntoView({ block: "nearest" });
  }, [keys]);

  const startKeys = () => {
    setPending(null);
    setKeys({ anchor: 0, focus: 0 });
    setAnnounce(`Selecting with keys. Selected: ${words[0] ? essay.body.slice(words[0].start, words[0].end) : ""}`);
    requestAnimationFrame(() => root.current?.focus());
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!keys) return;
    if (e.key === "Escape") {
      setKeys(null);
      setAnnounce("Stopped selecting with keys.");
      return;
    }
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      if (keySpan) setPending({ ...keySpan, from: "keys" });
      return;
    }
    const next = moveSelection(keys, e.key, e.shiftKey, words);
    if (!next) return;
    e.preventDefault();
    setKeys(next);
    const span = selectionSpan(next, words);
    if (span) setAnnounce(`Selected: ${essay.body.slice(span.start, span.end)}`);
  };

  const cancel = useCallback(() => {
    const fromKeys = pending?.from === "keys";
    setPending(null);
    if (fromKeys) root.current?.focus();
  }, [pending]);
  const save = async (kind: AnnotationKind, body: string) => {
    if (!pending) return null;
    const r = await add({ essayId: essay.id, kind, start: pending.start, end: pending.end, body });
    if (!r.ok) return r.message;
    if (pending.from === "keys" && r.id) focusNext.current = r.id;
    setPending(null);
    setKeys(null);
    document.getSelection()?.removeAllRanges();
    setStatus({ message: r.message ?? "Annotation added.", undo: null });
    return null;
  };
  const showInList = useCallback((id: string) => {
    const el = document.getElementById(`annotation-${id}`);
    el?.scrollIntoView({ block: "center" });
    el?.focus();
  }, []);
  const showInEssay = (a: AnnotationView) => {
    const mark = root.current?.querySelector(`[data-annotation-ids~="${a.id}"]`);
    mark?.scrollIntoView({ block: "center" });
    root.current
      ?.querySelector<HTMLButtonElement>(`button[aria-label^="Annotation ${view.annotations.indexOf(a) + 1},"]`)
      ?.focus();
  };

  const canReply = view.locked === null;
  return (
    <div className={pending ? "pb-72 lg:pb-0" : undefined}>
      <header className="mb-4">
        <p className="text-sm font-semibold text-brand-700">Read and annotate</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{essay.title}</h1>
        {essay.author && <p className="text-slate-700">{essay.author}</p>}
      </header>
      {notice}
      <p id="reading-announcer" className="sr-only" aria-live="polite">
        {announce}
      </p>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="essay-heading">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="essay-heading" className="text-lg font-semibold text-slate-900">
              The essay
            </h2>
            {keys ? (
              <Button variant="secondary" onClick={() => setKeys(null)}>
                Stop selecting with keys
              </Button>
            ) : (
              <Button variant="secondary" onClick={startKeys}>
                Select with keys
              </Button>
            )}
          </div>
          <p id="essay-help" className="mb-3 text-sm text-slate-700">
            {keys
              ? "Arrow keys move by word (left, right) or sentence (up, down); hold Shift to extend. Enter annotates the selection, Escape stops."
              : "Select words with the mouse or your finger, or press “Select with keys”, then choose highlight, comment or “I’m confused here”."}
          </p>
          <div
            ref={root}
            tabIndex={keys ? 0 : undefined}
            role={keys ? "application" : undefined}
            aria-label={keys ? "Essay: choose words with the arrow keys" : undefined}
            aria-describedby={keys ? "essay-help" : undefined}
            onKeyDown={onKeyDown}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <AnnotatedEssay
              body={essay.body}
              passages={essay.passages}
              annotations={view.annotations}
              selection={keySpan}
              onMarker={showInList}
            />
          </div>
        </section>
        <aside
          aria-label="Annotations"
          className="space-y-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto"
        >
          {pending && (
            <AnnotationComposer
              key={`${pending.start}-${pending.end}`}
              quote={essay.body.slice(pending.start, pending.end)}
              save={save}
              cancel={cancel}
              focusOnOpen={pending.from === "keys"}
            />
          )}
          {status && (
            <div
              role="status"
              className="flex flex-wrap items-center gap-3 rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-900"
            >
              <span>{status.message}</span>
              {status.undo && (
                <Button
                  variant="secondary"
                  onClick={() => {
                    status.undo?.();
                    setStatus({ message: "Undone: shown to students again.", undo: null });
                  }}
                >
                  Undo
                </Button>
              )}
            </div>
          )}
          <ReadingTaskPanel view={view} />
          {view.locked && <Alert tone="info">{view.locked}</Alert>}
          <section aria-labelledby="list-heading">
            <h2 id="list-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Annotations ({view.annotations.length})
            </h2>
            {view.annotations.length === 0 ? (
              <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-4 text-sm text-slate-700">
                No annotations yet. Select some words in the essay to add the first.
              </p>
            ) : (
              <ol className="space-y-3">
                {view.annotations.map((a, i) => (
                  <AnnotationItem
                    key={a.id}
                    a={a}
                    n={i + 1}
                    canReply={canReply && !a.hidden}
                    reply={reply}
                    moderate={moderate}
                    onShow={showInEssay}
                    onModerated={(message, undo) => setStatus({ message, undo })}
                  />
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
