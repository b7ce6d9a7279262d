"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { REACTIONS, type ReactionView } from "@/lib/discussion/view-types";
import { postJson } from "./post-json";

/**
 * Toggle buttons (aria-pressed) for the three reactions, with counts. A fragment, laid out by the row of actions
 * it sits in (.d-acts). The aria-label names each button, so the emoji and word inside need no aria-hidden.
 */
export function ReactionBar({
  target,
  id,
  reactions,
  disabled,
}: {
  target: "post" | "response";
  id: string;
  reactions: ReactionView[];
  disabled?: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {reactions.map((r) => {
        const meta = REACTIONS.find((x) => x.key === r.key)!;
        return (
          <button
            key={r.key}
            type="button"
            disabled={disabled || pending}
            aria-pressed={r.mine}
            aria-label={`${meta.label} (${r.count})`}
            onClick={() =>
              start(async () => {
                const res = await postJson("/api/posts/reactions", { target, id, reaction: r.key });
                setError(res.ok ? null : res.error);
                if (res.ok) router.refresh();
              })
            }
            className="d-react"
          >
            {/* the word, not only the emoji: emoji fonts are missing on some school machines */}
            {`${meta.emoji} `}
            <small>{meta.label}</small>
            {` ${r.count}`}
          </button>
        );
      })}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
