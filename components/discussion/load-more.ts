"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type LoadState = "idle" | "loading" | "error";

/**
 * Loads part of the discussion on demand from GET /api/discussion/[assignmentId]/[questionId] (a thread or
 * a group's remaining answers). Once loaded, it loads again whenever the page's own data is refreshed
 * (`refreshedWith` is a prop object of the page that changes identity on every refresh), so what was
 * revealed stays as current as the rest of the page.
 */
export function useLoadMore<T>(url: string, refreshedWith: unknown) {
  const [data, setData] = useState<T | null>(null);
  const [state, setState] = useState<LoadState>("idle");
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setState("loading");
    try {
      const res = await fetch(url, { headers: { accept: "application/json" } });
      const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) throw new Error(String(body.error ?? "Could not load these posts. Reload the page."));
      setData(body as T);
      setState("idle");
      setError(null);
    } catch (e) {
      setState("error");
      setError(
        e instanceof TypeError
          ? "You seem to be offline. Check your connection and try again."
          : e instanceof Error
            ? e.message
            : String(e),
      );
    }
  }, [url]);
  const loaded = data !== null;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (loaded) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a refresh of the page's data reloads
  }, [refreshedWith]);
  return { data, state, error, load };
}

export function discussionApi(assignmentId: string, questionId: string, query: Record<string, string>) {
  return `/api/discussion/${encodeURIComponent(assignmentId)}/${encodeURIComponent(questionId)}?${new URLSearchParams(query)}`;
}
