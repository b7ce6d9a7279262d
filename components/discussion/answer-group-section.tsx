import { shareOf } from "@/lib/discussion/split-answers";
import type { GroupPage } from "@/lib/discussion/fold";
import { AnswerCard } from "./answer-card";
import { MoreAnswers } from "./more-answers";
import type { ThreadCtx } from "./post-item";

/**
 * One answer group: what was chosen, how many chose it, the first cards of those who wrote (the rest load with
 * "Show N more answers"), the others by name.
 */
export function AnswerGroupSection({ group, total, ctx }: { group: GroupPage; total: number; ctx: ThreadCtx }) {
  const n = group.count;
  const { cards, silent } = group;
  return (
    <section
      aria-label={`${group.label}: ${n} ${n === 1 ? "answer" : "answers"}`}
      className="rounded-xl border border-slate-200 bg-slate-50 p-3"
    >
      <h3 className="flex flex-wrap items-baseline justify-between gap-2 font-semibold text-slate-900">
        <span className="min-w-0 break-words">{group.label}</span>
        <span className="shrink-0 rounded-full bg-slate-200 px-2.5 py-0.5 text-sm font-bold text-slate-800">
          {n} {n === 1 ? "student" : "students"} · {shareOf(n, total)}
        </span>
      </h3>
      <div aria-hidden="true" className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600" style={{ width: shareOf(n, total) }} />
      </div>
      {cards.length > 0 && (
        <div className="mt-3 space-y-2">
          {cards.map((a) => (
            <AnswerCard key={a.responseId} answer={a} ctx={ctx} />
          ))}
          {group.more > 0 && (
            <MoreAnswers groupKey={group.key} from={cards.length} count={group.more} ctx={ctx} refreshedWith={group} />
          )}
        </div>
      )}
      {silent.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">{cards.length > 0 ? "Also chose this" : "Chose this"}, without a comment:</span>{" "}
          {silent.map((s) => s.label).join(", ")}
        </p>
      )}
    </section>
  );
}
