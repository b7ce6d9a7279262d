// Runs once when a Next server process starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordSocketAddress } = await import("./server/http/record-socket-address");
    recordSocketAddress();
    // Sends grades queued for LMS gradebooks (LTI AGS); LTI_SCORE_INTERVAL_SECONDS=0 turns the loop off.
    const { runLtiScoreWorker } = await import("./server/lti/run-lti-score-worker");
    runLtiScoreWorker("start");
  }
}
