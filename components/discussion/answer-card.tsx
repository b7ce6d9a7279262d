"use client";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/card";
import type { AnswerView } from "@/lib/discussion/view-types";
import { CitationChip } from "./citation-chip";
import { PostComposer } from "./post-composer";
import { ThreadList, type ThreadCtx } from "./post-item";
import { ReactionBar } from "./reaction-bar";

/** One student's answer with its citations, reactions and the thread of replies to it. `focusOnMount`: revealed by
 *  "Show N more answers", it takes keyboard focus. */
export function AnswerCard({
  answer,
  ctx,
  focusOnMount = false,
}: {
  answer: AnswerView;
  ctx: ThreadCtx;
  focusOnMount?: boolean;
}) {
  const [replying, setReplying] = useState(false);
  const self = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnMount) self.current?.focus();
  }, [focusOnMount]);
  return (
    <article
      ref={self}
      tabIndex={focusOnMount ? -1 : undefined}
      className="d-card"
      aria-label={`Answer by ${answer.author.label}`}
    >
      <div className="d-head">
        <h4>{answer.author.label}</h4>
        {answer.author.mine && <Badge tone="brand">Your answer</Badge>}
      </div>
      {answer.text !== null && (
        <p className="d-body">{answer.text || <span className="italic text-slate-600">(no text)</span>}</p>
      )}
      {answer.citations.length > 0 && (
        <p className="d-cites">
          {answer.citations.map((c) => (
            <CitationChip key={c.id} citation={c} />
          ))}
        </p>
      )}
      <div className="d-acts">
        <ReactionBar target="response" id={answer.responseId} reactions={answer.reactions} />
        <button type="button" onClick={() => setReplying((r) => !r)} aria-expanded={replying} className="d-btn">
          {`Reply to ${answer.author.mine ? "your answer" : answer.author.label}`}
        </button>
      </div>
      {replying && (
        <div className="mt-2">
          <PostComposer
            compact
            assignmentId={ctx.assignmentId}
            questionId={ctx.questionId}
            responseId={answer.responseId}
            label={`Reply to ${answer.author.label}`}
            citable={ctx.citable}
            onDone={() => setReplying(false)}
          />
        </div>
      )}
      <ThreadList
        posts={answer.posts}
        earlier={answer.earlier ?? 0}
        threadKey={`response:${answer.responseId}`}
        ctx={ctx}
        depth={0}
        label={`Replies to ${answer.author.label}`}
      />
    </article>
  );
}
