"use client";
// The projected screen: join code and QR in the lobby, then each question with its source passage and the
// answers arriving as bars, the reveal, and the summary. Driven by the event stream; the buttons only ask
// the server to move on and the stream brings the new state (to every other screen too).
import { useCallback, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Countdown } from "@/components/ui/countdown";
import { readResponse } from "@/lib/http/read-response";
import { formatJoinCode } from "@/lib/live/join-code";
import type { LiveAction, LiveView } from "@/lib/live/types";
import { ConnectionStatus } from "./connection-status";
import { DistributionBars } from "./distribution-bars";
import { HostControls } from "./host-controls";
import { PassageContextView } from "./passage-context-view";
import { PresenterBar } from "./presenter-bar";
import { SummaryTable } from "./summary-table";
import { useClockOffset, useLiveStream } from "./use-live-stream";

type Props = {
  sessionId: string;
  assignmentId: string;
  initial: LiveView;
  serverNow: string;
  title: string;
  joinCode: string | null;
  joinUrl: string;
  qrSvg: string | null;
};

export function HostLive({ sessionId, assignmentId, initial, serverNow, title, joinCode, joinUrl, qrSvg }: Props) {
  const { view, connection } = useLiveStream(sessionId, initial);
  const offset = useClockOffset(serverNow);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = useCallback(
    async (action: LiveAction) => {
      setBusy(true);
      setError(null);
      try {
        const res = await fetch(`/api/live/${encodeURIComponent(sessionId)}/control`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ action, from: { state: view.state, index: view.index } }),
        });
        if (!res.ok) setError((await readResponse(res)).error ?? "The session could not move on. Try again.");
      } catch {
        setError("No connection to the server. Check the network and try again.");
      } finally {
        setBusy(false);
      }
    },
    [sessionId, view.state, view.index],
  );

  const q = view.question;
  return (
    <div className="space-y-6">
      <PresenterBar backHref={`/assignments/${assignmentId}/live`} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Live session</p>
          <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
        </div>
        <div className="flex items-center gap-3">
          {view.state !== "LOBBY" && view.state !== "ENDED" && (
            <span className="text-lg font-semibold">
              Question {view.index + 1} of {view.total}
            </span>
          )}
          <span className="rounded-full bg-slate-900 px-3 py-1 text-sm font-semibold text-white">
            {view.participants} {view.participants === 1 ? "student" : "students"}
          </span>
          <ConnectionStatus connection={connection} ended={view.state === "ENDED"} />
        </div>
      </div>

      {error && <Alert tone="error">{error}</Alert>}
      {view.state !== "ENDED" && (
        <HostControls state={view.state} isLast={view.index + 1 >= view.total} busy={busy} act={act} />
      )}

      {view.state === "LOBBY" && (
        <section
          aria-labelledby="join-heading"
          className="grid items-center gap-8 rounded-2xl bg-white p-6 shadow-sm md:grid-cols-[1fr_auto]"
        >
          <div className="space-y-4">
            <h2 id="join-heading" className="text-xl font-semibold text-slate-700">
              Join on your phone at{" "}
              <span className="break-all text-brand-700">
                {joinUrl.replace(/^https?:\/\//, "").replace(/\?.*$/, "")}
              </span>{" "}
              with the code
            </h2>
            {joinCode && (
              <p
                className="font-mono text-7xl font-black tracking-widest text-slate-900 sm:text-8xl"
                aria-label={`Join code ${joinCode.split("").join(" ")}`}
              >
                {formatJoinCode(joinCode)}
              </p>
            )}
            <p aria-live="polite" className="text-2xl font-semibold">
              {view.participants === 0
                ? "Waiting for students…"
                : `${view.participants} ${view.participants === 1 ? "student has" : "students have"} joined`}
            </p>
          </div>
          {qrSvg && (
            <figure className="mx-auto w-56 sm:w-72">
              {/* generated on the server by the qrcode package from our own URL */}
              <div
                role="img"
                aria-label={`QR code linking to ${joinUrl}`}
                className="rounded-xl bg-white p-2 ring-1 ring-slate-200"
                dangerouslySetInnerHTML={{ __html: qrSvg }}
              />
              <figcaption className="mt-2 text-center text-sm text-slate-600">Scan to join</figcaption>
            </figure>
          )}
        </section>
      )}

      {q && (view.state === "QUESTION" || view.state === "REVEAL") && (
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <div className="space-y-4">
            <h2 className="text-3xl font-bold leading-snug">{q.prompt}</h2>
            <PassageContextView contexts={q.contexts} revealed={view.state === "REVEAL"} large />
            {view.reveal && (
              <div className="rounded-xl border border-emerald-300 bg-emerald-50 p-4">
                <p className="text-sm font-semibold uppercase tracking-wide text-emerald-800">Answer</p>
                <p className="text-2xl font-bold text-emerald-900">{view.reveal.correctText}</p>
                {view.reveal.explanation && <p className="mt-2 text-slate-800">{view.reveal.explanation}</p>}
              </div>
            )}
          </div>
          <div className="space-y-4 rounded-2xl bg-white p-5 shadow-sm">
            {view.state === "QUESTION" && view.startedAt && view.timerSeconds ? (
              <Countdown
                kind="question"
                endsAt={new Date(view.startedAt).getTime() + view.timerSeconds * 1000}
                offsetMs={offset}
                large
              />
            ) : null}
            <DistributionBars
              tally={view.tally}
              participants={view.participants}
              correctIds={view.reveal?.correctBucketIds}
            />
          </div>
        </div>
      )}

      {view.state === "ENDED" && (
        <div className="space-y-4">
          {view.summary && <SummaryTable summary={view.summary} />}
          <p className="text-slate-700">
            Every student’s answers were submitted as an attempt and graded; written answers wait for your grading.
          </p>
          <ButtonLink href={`/assignments/${assignmentId}/live`} variant="secondary">
            Back to the assignment’s live sessions
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
