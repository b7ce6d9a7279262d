"use client";
import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { EssayText } from "@/components/essay/essay-text";
import { HeatLegend } from "./heat-legend";
import { HeatLayerSwitch, type HeatLayer } from "./heat-layer-switch";
import { readingShade, type ParagraphTime } from "@/lib/attention/reading-shade";
import { TIME_STEPS } from "@/lib/attention/time-heat";
import { groupPassages, passageLabel, type PassageSpan } from "@/lib/passages/group";
import { HEAT_STEPS, heatColor, type PassageHeat } from "@/lib/stats/passage-heat";

/** An essay once: its body, and its passages as offsets into it (no text of their own). */
export type HeatEssay = { id: string; title: string; body: string; passages: PassageSpan[] };
export type HeatQuestion = {
  id: string;
  number: number;
  prompt: string;
  wrong: number;
  graded: number;
  correctAnswer: string;
  wrongOptions: { label: string; count: number }[];
  wrongTexts: { text: string; count: number }[];
};

const rate = (h: PassageHeat) => (h.wrongRate === null ? "–" : `${Math.round(h.wrongRate * 100)}%`);
const READING_HASH = "#heat-layer-reading";

/**
 * The essay, drawn once, shaded by one of two layers: how often the questions citing each sentence were answered
 * wrongly (the default), or how long each paragraph was on students' screens (`reading`, per paragraph row id).
 * Clicking a sentence shaded by wrong answers (or picking it from the ranked list, for keyboards and screen readers)
 * lists its questions and the wrong answers given.
 */
export function PassageHeatmap({
  essays,
  heat,
  questions,
  reading,
}: {
  essays: HeatEssay[];
  heat: Record<string, PassageHeat>;
  questions: HeatQuestion[];
  reading: Record<string, ParagraphTime>;
}) {
  const [layer, setLayer] = useState<HeatLayer>("wrong");
  const [selected, setSelected] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const passages = useMemo(
    () => new Map(essays.flatMap((e) => e.passages.map((p) => [p.id, { ...p, essay: e }]))),
    [essays],
  );
  const ranked = useMemo(
    () =>
      Object.values(heat)
        .filter((h) => h.wrongRate !== null)
        .sort((a, b) => b.wrongRate! - a.wrongRate! || b.wrong - a.wrong),
    [heat],
  );
  const wrongShade = useMemo(() => {
    const s: Record<string, { color: string; title: string }> = {};
    for (const h of Object.values(heat)) {
      if (h.wrongRate === null) continue;
      s[h.passageId] = {
        color: heatColor(h.wrongRate),
        title: `${h.wrong} of ${h.graded} answers wrong (${rate(h)}); ${h.postCitations} discussion citations, ${h.responseCitations} answer citations`,
      };
    }
    return s;
  }, [heat]);
  const timeShade = useMemo(
    () => Object.assign({}, ...essays.map((e) => readingShade(e.passages, reading))) as typeof wrongShade,
    [essays, reading],
  );
  const hasTime = Object.keys(timeShade).length > 0;

  // "Where attention went" links to the reading layer's radio button: following the link picks it.
  useEffect(() => {
    const follow = () => {
      if (window.location.hash === READING_HASH) setLayer("reading");
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  function pickLayer(l: HeatLayer) {
    setLayer(l);
    // so that the link picks reading time again after a switch back
    if (window.location.hash === READING_HASH)
      history.replaceState(null, "", window.location.pathname + window.location.search);
  }

  function pick(id: string) {
    setSelected(id);
    pickLayer("wrong");
  }

  function onEssayClick(e: MouseEvent<HTMLDivElement>) {
    if (layer !== "wrong") return;
    const id = (e.target as HTMLElement).closest("[data-passage-id]")?.getAttribute("data-passage-id");
    if (!id || !heat[id] || heat[id].wrongRate === null) return;
    setSelected(id);
    // On narrow screens the detail sits below the essay: bring it into view so the tap visibly does something.
    if (window.matchMedia("(max-width: 1023px)").matches) detailRef.current?.scrollIntoView({ block: "start" });
  }

  const sel = selected ? heat[selected] : undefined;
  const selPassage = selected ? passages.get(selected) : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0">
        <HeatLayerSwitch layer={layer} onChange={pickLayer} />
        {layer === "wrong" ? (
          <HeatLegend label="Heat legend" steps={HEAT_STEPS} none="no question cites it" className="mb-4" />
        ) : (
          <>
            <HeatLegend label="Reading time legend" steps={TIME_STEPS} none="on nobody’s screen" className="mb-2" />
            <p className="mb-4 text-sm text-slate-700" data-testid="reading-layer-note">
              {hasTime
                ? "Each paragraph is shaded by its total reading time; the figures are under “Where attention went”."
                : "No reading time is recorded yet: every paragraph stays white."}
            </p>
          </>
        )}
        {essays.map((e) => (
          <section key={e.id} aria-label={`Heatmap of ${e.title}`} className="mb-8">
            <h3 className="mb-3 font-serif text-xl font-bold">{e.title}</h3>
            {/* Mouse shortcut; the ranked list beside it is the keyboard and screen-reader path. */}
            <div onClick={onEssayClick} className={layer === "wrong" ? "[&_[title]]:cursor-pointer" : undefined}>
              <EssayText
                body={e.body}
                groups={groupPassages(e.passages)}
                shade={layer === "wrong" ? wrongShade : timeShade}
                highlight={selected && layer === "wrong" ? [selected] : []}
                idPrefix="heat-"
              />
            </div>
          </section>
        ))}
      </div>
      <aside className="space-y-4 lg:sticky lg:top-20 lg:self-start">
        <div
          ref={detailRef}
          aria-live="polite"
          className="scroll-mt-28 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          data-testid="passage-detail"
        >
          {sel && selPassage ? (
            <>
              <h3 className="font-bold">
                {essays.length > 1 ? `${selPassage.essay.title} ` : ""}
                {passageLabel(selPassage)}: {rate(sel)} wrong
              </h3>
              <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 font-serif text-slate-800">
                {selPassage.essay.body.slice(selPassage.start, selPassage.end)}
              </blockquote>
              <p className="mt-2 text-sm text-slate-700">
                {sel.wrong} of {sel.graded} answers wrong · {sel.postCitations} discussion citations ·{" "}
                {sel.responseCitations} answer citations
              </p>
              <ul className="mt-3 space-y-3">
                {sel.questionIds.map((qid) => {
                  const q = byId.get(qid);
                  if (!q) return null;
                  return (
                    <li key={qid} className="rounded-lg bg-slate-50 p-3 text-sm">
                      <p className="font-semibold">
                        Q{q.number}. {q.prompt}
                      </p>
                      <p className="text-slate-700">
                        {q.wrong} of {q.graded} wrong · correct: {q.correctAnswer}
                      </p>
                      {q.wrongOptions.length + q.wrongTexts.length > 0 ? (
                        <ul className="mt-1 list-disc pl-5 text-slate-800">
                          {q.wrongOptions.map((o) => (
                            <li key={o.label}>
                              “{o.label}” ×{o.count}
                            </li>
                          ))}
                          {q.wrongTexts.map((w) => (
                            <li key={w.text}>
                              “{w.text}” ×{w.count}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="mt-1 text-slate-600">No wrong choices to list.</p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p className="text-sm text-slate-700">
              Click a shaded sentence, or pick a passage below, to see its questions and the wrong answers.
            </p>
          )}
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h3 className="font-bold">Passages by share of wrong answers</h3>
          {ranked.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No graded answers yet.</p>
          ) : (
            <ol className="mt-2 max-h-96 space-y-1 overflow-y-auto">
              {ranked.map((h) => {
                const p = passages.get(h.passageId);
                return (
                  <li key={h.passageId}>
                    <button
                      type="button"
                      aria-pressed={selected === h.passageId}
                      onClick={() => pick(h.passageId)}
                      className="flex w-full items-center gap-2 rounded-lg px-2 py-1.5 text-left text-sm hover:bg-slate-100 aria-pressed:bg-brand-50 aria-pressed:font-semibold"
                    >
                      <span
                        aria-hidden="true"
                        className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-300"
                        style={{ backgroundColor: heatColor(h.wrongRate!) }}
                      />
                      <span className={essays.length > 1 ? "min-w-0 flex-1 truncate" : "w-16 shrink-0"}>
                        {p ? `${essays.length > 1 ? `${p.essay.title}, ` : ""}${passageLabel(p)}` : "?"}
                      </span>
                      <span className="tabular-nums">{rate(h)} wrong</span>
                      <span className="ml-auto text-xs text-slate-600">
                        {h.questionIds.length === 1 ? "1 question" : `${h.questionIds.length} questions`}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      </aside>
    </div>
  );
}
