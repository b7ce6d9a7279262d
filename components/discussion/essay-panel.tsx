"use client";
// The essay beside the answers: tabs when the question draws on two essays, the cited passages
// underlined and scrolled into view, a clicked quote marked, and text selection turned into a quote.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { EssayView } from "@/lib/discussion/view-types";
import { passageLabel } from "@/lib/passages/group";
import { domPointToOffset, selectorFromRange } from "@/lib/passages/selectors";
import { SCROLL_TO_CITED } from "@/lib/discussion/scroll-to-cited-script";
import { QuotableEssay } from "./quotable-essay";
import { useQuotes } from "./quote-context";

type Props = {
  essays: EssayView[];
  citedPassageIds: string[];
  canQuote: boolean;
  shade?: Record<string, { color: string; title: string }>;
  heading: string;
};

export function EssayPanel({ essays, citedPassageIds, canQuote, shade, heading }: Props) {
  const { active, pending, setPending } = useQuotes();
  const firstCited = essays.findIndex((e) => e.passages.some((p) => citedPassageIds.includes(p.id)));
  const [tab, setTab] = useState(Math.max(0, firstCited));
  const [selection, setSelection] = useState<{
    essayId: string;
    passageId: string;
    start: number;
    end: number;
    exact: string;
    label: string;
  } | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const essay = essays[tab];
  const cited = new Set(citedPassageIds);

  // A click on a citation: switch to its essay; the effect below scrolls to the mark once rendered.
  useEffect(() => {
    if (!active) return;
    const i = essays.findIndex((e) => e.id === active.essayId);
    if (i >= 0) setTab(i);
  }, [active, essays]);
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const target = active
      ? (box.querySelector("[data-quote-mark]") ?? box.querySelector(`[data-passage-id="${active.passageId}"]`))
      : box.querySelector("[data-cited]");
    if (!target) return;
    if (active) target.scrollIntoView({ block: "center", behavior: "smooth" });
    else box.scrollTop = (target as HTMLElement).offsetTop - box.offsetTop - 40;
  }, [active, tab]);

  // Touch selection (long-press, drag the handles) fires neither mouse-up nor key-up, only selectionchange.
  // A selection that collapses or leaves the essay (tapping "Quote this" may do either) keeps the last one.
  const onSelectionChange = useEffectEvent(() => {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed && sel.rangeCount > 0) onSelect();
  });
  useEffect(() => {
    if (!canQuote) return;
    const changed = () => onSelectionChange();
    document.addEventListener("selectionchange", changed);
    return () => document.removeEventListener("selectionchange", changed);
  }, [canQuote]);

  function onSelect() {
    if (!canQuote || !essay) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return setSelection(null);
    const range = sel.getRangeAt(0);
    if (!scroller.current?.contains(range.commonAncestorContainer)) return;
    const a = edgeOffset(range.startContainer, range.startOffset, "start");
    const b = edgeOffset(range.endContainer, range.endOffset, "end");
    const para = (n: Node) => (n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest("p[data-passage-id]");
    const p = para(range.startContainer);
    if (a === null || b === null || !p || p !== para(range.endContainer)) {
      setSelection(null);
      return setSelectionError("Select words within one paragraph to quote them.");
    }
    const q = selectorFromRange(essay.body, a, b);
    if (!q) return setSelection(null);
    // Cite the sentence if the quote lies in one, otherwise the paragraph.
    const sentence = essay.passages.find((s) => s.sentence > 0 && s.start <= q.start && q.end <= s.end);
    const passage = sentence ?? essay.passages.find((s) => s.id === p.getAttribute("data-passage-id"))!;
    setSelectionError(null);
    setSelection({
      essayId: essay.id,
      passageId: passage.id,
      start: q.start,
      end: q.end,
      exact: q.exact,
      label: passageLabel(passage),
    });
  }

  const mark =
    active && essay && active.essayId === essay.id
      ? active
      : pending && essay && pending.essayId === essay.id
        ? pending
        : null;
  return (
    <div className="flex h-full flex-col rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 px-4 pt-3">
        <h2 className="text-sm font-bold uppercase tracking-wide text-slate-600">{heading}</h2>
        {essays.length > 1 ? (
          <div
            role="tablist"
            aria-label="Essays"
            className="-mb-px mt-2 flex gap-1 overflow-x-auto"
            onKeyDown={(e) => {
              // Arrow keys move between tabs, as screen-reader users expect of a tab list.
              if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
              const next = (tab + (e.key === "ArrowRight" ? 1 : essays.length - 1)) % essays.length;
              setTab(next);
              document.getElementById(`tab-${essays[next]!.id}`)?.focus();
            }}
          >
            {essays.map((e, i) => (
              <button
                key={e.id}
                role="tab"
                type="button"
                id={`tab-${e.id}`}
                aria-selected={i === tab}
                tabIndex={i === tab ? 0 : -1}
                aria-controls="essay-tabpanel"
                onClick={() => setTab(i)}
                className={`whitespace-nowrap rounded-t-lg border px-3 py-2 text-sm font-semibold ${i === tab ? "border-slate-200 border-b-white bg-white text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {e.title}
              </button>
            ))}
          </div>
        ) : (
          <p className="pb-2 font-serif text-lg font-semibold">{essay?.title}</p>
        )}
      </div>
      <div
        ref={scroller}
        id="essay-tabpanel"
        role={essays.length > 1 ? "tabpanel" : "region"}
        aria-labelledby={essays.length > 1 && essay ? `tab-${essay.id}` : undefined}
        aria-label={essays.length > 1 ? undefined : (essay?.title ?? "Essay")}
        tabIndex={0}
        onMouseUp={onSelect}
        onKeyUp={onSelect}
        className="max-h-[45vh] overflow-y-auto px-3 py-4 lg:max-h-[calc(100vh-13rem)]"
      >
        {essay && <QuotableEssay essay={essay} idPrefix={`e${tab}-`} cited={cited} mark={mark} shade={shade} />}
      </div>
      {/* In the server's HTML, the cited passage is scrolled into view before the first paint, not after hydration:
          no jump once the scripts run, and the passage the reader sees first is the one the question cites. On the
          client React never runs a script it renders; the effect above does the same arithmetic there. The page's
          CSP allows this script by its hash. */}
      <script dangerouslySetInnerHTML={{ __html: SCROLL_TO_CITED }} />
      {canQuote && (
        <div className="border-t border-slate-200 px-4 py-2 text-sm" aria-live="polite">
          {selection ? (
            <div className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 flex-1 truncate text-slate-700">
                Selected in {selection.label}: “{selection.exact}”
              </span>
              <button
                type="button"
                className="rounded-lg bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
                onClick={() => (setPending(selection), setSelection(null))}
              >
                Quote this
              </button>
            </div>
          ) : pending ? (
            <div className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 flex-1 truncate text-slate-700">
                Quote ready ({pending.label}): it is attached to the next post you write.
              </span>
              <button
                type="button"
                className="rounded-lg px-2 py-1 font-semibold text-slate-700 underline"
                onClick={() => setPending(null)}
              >
                Discard quote
              </button>
            </div>
          ) : (
            <p className={selectionError ? "text-red-700" : "text-slate-600"}>
              {selectionError ?? "Select words in the essay to quote them in a post."}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** Body offset of a selection edge; an edge in the space between sentences snaps to the nearer sentence. */
function edgeOffset(node: Node, offset: number, side: "start" | "end"): number | null {
  const direct = domPointToOffset(node, offset);
  if (direct !== null) return direct;
  const el = node.nodeType === 1 ? ((node as Element).childNodes[offset] ?? null) : node;
  let sib: Node | null = el ? (side === "start" ? el.nextSibling : el.previousSibling) : null;
  while (sib && !(sib instanceof Element && sib.hasAttribute("data-start")))
    sib = side === "start" ? sib.nextSibling : sib.previousSibling;
  if (!(sib instanceof Element)) return null;
  const start = Number(sib.getAttribute("data-start"));
  return side === "start" ? start : start + (sib.textContent?.length ?? 0);
}
