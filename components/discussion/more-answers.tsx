"use client";
import type { AnswerView } from "@/lib/discussion/view-types";
import { AnswerCard } from "./answer-card";
import { discussionApi, useLoadMore } from "./load-more";
import type { ThreadCtx } from "./post-item";

/** "Show N more answers": loads a group's remaining answer cards; focus moves to the first one revealed. */
export function MoreAnswers({
  groupKey,
  from,
  count,
  ctx,
  refreshedWith,
}: {
  groupKey: string;
  from: number;
  count: number;
  ctx: ThreadCtx;
  refreshedWith: unknown;
}) {
  const more = useLoadMore<{ answers: AnswerView[] }>(
    discussionApi(ctx.assignmentId, ctx.questionId, { group: groupKey, from: String(from) }),
    refreshedWith,
  );
  if (more.data)
    return (
      <>
        {more.data.answers.map((a, i) => (
          <AnswerCard key={a.responseId} answer={a} ctx={ctx} focusOnMount={i === 0} />
        ))}
      </>
    );
  return (
    <div>
      <button
        type="button"
        aria-expanded={false}
        disabled={more.state === "loading"}
        onClick={() => void more.load()}
        className="d-btn disabled:opacity-60"
      >
        {more.state === "loading"
          ? `Loading ${count} more ${count === 1 ? "answer" : "answers"}…`
          : `Show ${count} more ${count === 1 ? "answer" : "answers"}`}
      </button>
      {more.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {more.error}
        </p>
      )}
    </div>
  );
}
