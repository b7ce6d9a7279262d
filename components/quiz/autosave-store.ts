// The browser's copy of unacknowledged answers, kept in localStorage until the server acknowledges them,
// and the per-question clientSeq counter (shared by tabs on this device, so two tabs never reuse a number).
export type Pending = { answer: unknown; clientSeq: number };
type Stored = { pending: Record<string, Pending>; seq: Record<string, number> };

const key = (attemptId: string) => `passage:attempt:${attemptId}`;

function read(attemptId: string): Stored {
  try {
    const raw = localStorage.getItem(key(attemptId));
    const v = raw ? (JSON.parse(raw) as Partial<Stored>) : {};
    return { pending: v.pending ?? {}, seq: v.seq ?? {} };
  } catch {
    return { pending: {}, seq: {} };
  }
}

function write(attemptId: string, s: Stored) {
  try {
    localStorage.setItem(key(attemptId), JSON.stringify(s));
  } catch {
    // Storage full or blocked (private mode): the in-memory copy still retries until acknowledged.
  }
}

export const autosaveStore = {
  pending(attemptId: string) {
    return read(attemptId).pending;
  },
  /** Records a new edit and returns its clientSeq: one more than anything this device or the server has seen. */
  record(attemptId: string, questionId: string, answer: unknown, serverSeq: number): number {
    const s = read(attemptId);
    const seq = Math.max(serverSeq, s.seq[questionId] ?? 0, s.pending[questionId]?.clientSeq ?? 0) + 1;
    s.seq[questionId] = seq;
    s.pending[questionId] = { answer, clientSeq: seq };
    write(attemptId, s);
    return seq;
  },
  /** Drops a pending answer once the server holds it (or something newer). */
  acknowledge(attemptId: string, questionId: string, upTo: number) {
    const s = read(attemptId);
    const p = s.pending[questionId];
    if (p && p.clientSeq <= upTo) delete s.pending[questionId];
    s.seq[questionId] = Math.max(s.seq[questionId] ?? 0, upTo);
    write(attemptId, s);
  },
  clear(attemptId: string) {
    try {
      localStorage.removeItem(key(attemptId));
    } catch {}
  },
};
