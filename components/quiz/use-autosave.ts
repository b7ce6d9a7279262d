"use client";
// Debounced autosave of each answer with the client's increasing clientSeq. Failed saves (offline, 5xx,
// signed out) retry with exponential backoff and stay in localStorage until acknowledged; answers the
// server refuses for good (invalid, closed) are reported and not retried.
import { useCallback, useEffect, useRef, useState } from "react";
import { readResponse } from "@/lib/http/read-response";
import { autosaveStore, type Pending } from "./autosave-store";

export type QState = { state: "saved" | "pending" | "saving" | "retrying" | "error"; message?: string };
const DEBOUNCE_MS = 700;

export function useAutosave(attemptId: string, saved: Record<string, { answer: unknown; clientSeq: number }>) {
  const [answers, setAnswers] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(Object.entries(saved).map(([q, r]) => [q, r.answer])),
  );
  const [status, setStatus] = useState<Record<string, QState>>({});
  const [closed, setClosed] = useState<string | null>(null);
  const serverSeq = useRef<Record<string, number>>(
    Object.fromEntries(Object.entries(saved).map(([q, r]) => [q, r.clientSeq])),
  );
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inflight = useRef(new Map<string, Promise<void>>());
  const failures = useRef(new Map<string, number>());
  const waiters = useRef<(() => void)[]>([]);

  const set = useCallback((q: string, s: QState) => setStatus((prev) => ({ ...prev, [q]: s })), []);

  const send = useCallback(
    (q: string, keepalive = false): Promise<void> => {
      const existing = inflight.current.get(q);
      if (existing) return existing.then(() => (autosaveStore.pending(attemptId)[q] ? send(q, keepalive) : undefined));
      const p: Pending | undefined = autosaveStore.pending(attemptId)[q];
      if (!p) return Promise.resolve();
      clearTimeout(timers.current.get(q));
      set(q, { state: "saving" });
      const job = (async () => {
        let retry = false;
        try {
          const res = await fetch(`/api/attempts/${attemptId}/responses/${q}`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(p),
            keepalive,
          });
          const body = await readResponse(res);
          if (res.ok) {
            failures.current.delete(q);
            serverSeq.current[q] = Math.max(serverSeq.current[q] ?? 0, body.clientSeq ?? p.clientSeq);
            autosaveStore.acknowledge(attemptId, q, body.clientSeq ?? p.clientSeq);
            set(q, autosaveStore.pending(attemptId)[q] ? { state: "pending" } : { state: "saved" });
          } else if (res.status === 400 || res.status === 404 || res.status === 413) {
            autosaveStore.acknowledge(attemptId, q, p.clientSeq);
            set(q, { state: "error", message: body.error ?? "This answer could not be saved." });
          } else if (body.code === "CLOSED") {
            setClosed(body.error ?? "This assignment no longer takes answers.");
            set(q, { state: "error", message: body.error });
          } else retry = true; // 401 (signed out elsewhere), 429, 5xx: keep it and try again
        } catch {
          retry = true; // offline or the connection dropped
        }
        if (retry) {
          const n = (failures.current.get(q) ?? 0) + 1;
          failures.current.set(q, n);
          set(q, { state: "retrying" });
          const delay = Math.min(30_000, 1000 * 2 ** (n - 1)) * (0.8 + Math.random() * 0.4);
          timers.current.set(
            q,
            setTimeout(() => void send(q), delay),
          );
        }
      })().finally(() => {
        inflight.current.delete(q);
        if (inflight.current.size === 0) waiters.current.splice(0).forEach((w) => w());
      });
      inflight.current.set(q, job);
      return job;
    },
    [attemptId, set],
  );

  const change = useCallback(
    (q: string, answer: unknown) => {
      setAnswers((prev) => ({ ...prev, [q]: answer }));
      autosaveStore.record(attemptId, q, answer, serverSeq.current[q] ?? 0);
      set(q, { state: "pending" });
      clearTimeout(timers.current.get(q));
      timers.current.set(
        q,
        setTimeout(() => void send(q), DEBOUNCE_MS),
      );
    },
    [attemptId, send, set],
  );

  /** Sends everything pending now; resolves true when nothing is left unacknowledged. */
  const flush = useCallback(async () => {
    const pending = Object.keys(autosaveStore.pending(attemptId));
    await Promise.all(pending.map((q) => send(q)));
    return Object.keys(autosaveStore.pending(attemptId)).length === 0;
  }, [attemptId, send]);

  // Resume: answers this device typed but the server never acknowledged win over older server copies.
  useEffect(() => {
    const pending = autosaveStore.pending(attemptId);
    const newer = Object.entries(pending).filter(([q, p]) => p.clientSeq > (serverSeq.current[q] ?? 0));
    for (const [q] of Object.entries(pending))
      if (!newer.some(([n]) => n === q)) autosaveStore.acknowledge(attemptId, q, serverSeq.current[q] ?? 0);
    if (newer.length) {
      setAnswers((prev) => ({ ...prev, ...Object.fromEntries(newer.map(([q, p]) => [q, p.answer])) }));
      for (const [q] of newer) void send(q);
    }
    const online = () => void flush();
    const hide = () => {
      if (document.visibilityState === "hidden")
        for (const q of Object.keys(autosaveStore.pending(attemptId))) void send(q, true);
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hide);
    const t = timers.current;
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hide);
      t.forEach(clearTimeout);
    };
  }, [attemptId, flush, send]);

  const states = Object.values(status).map((s) => s.state);
  const overall: "idle" | "saving" | "saved" | "retrying" | "error" = states.includes("retrying")
    ? "retrying"
    : states.includes("saving") || states.includes("pending")
      ? "saving"
      : states.includes("error")
        ? "error"
        : states.includes("saved") || Object.keys(answers).length > 0
          ? "saved" // resumed with everything already on the server
          : "idle";
  return { answers, status, overall, closed, change, flush };
}
