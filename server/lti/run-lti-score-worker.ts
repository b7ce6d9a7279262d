import "server-only";
import { deliverLtiScores } from "./deliver-lti-scores";

const INTERVAL_MS = Number(process.env.LTI_SCORE_INTERVAL_SECONDS ?? 20) * 1000;

// One loop per process (kept on globalThis so dev reloads do not start more). Runs never overlap in a process;
// across processes the outbox's SKIP LOCKED claim keeps them apart.
type State = { timer?: NodeJS.Timeout; running: boolean; again: boolean };
const g = globalThis as unknown as { ltiScoreWorker?: State };
const state = (g.ltiScoreWorker ??= { running: false, again: false });

async function drain(): Promise<void> {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      // A full batch means more may be due: go on at once.
      const r = await deliverLtiScores();
      if (r.sent + r.failed + r.retrying >= 50) state.again = true;
    } while (state.again);
  } catch (e) {
    console.error("LTI score delivery failed", e);
  } finally {
    state.running = false;
  }
}

/**
 * Sends queued LMS scores: now (`kick`, after a submit or a grade commits, so the gradebook follows within
 * seconds) and every LTI_SCORE_INTERVAL_SECONDS (retries after backoff, and what another server's kick missed).
 */
export function runLtiScoreWorker(mode: "start" | "kick"): void {
  if (mode === "start") {
    if (state.timer || INTERVAL_MS <= 0) return;
    state.timer = setInterval(() => void drain(), INTERVAL_MS);
    state.timer.unref();
  }
  // A kick only wakes a started loop: a process without one (a script, a test driving delivery itself) sends nothing.
  if (state.timer) void drain();
}
