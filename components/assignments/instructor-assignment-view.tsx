import { Link } from "@/components/ui/link";
import { TYPE_LABELS, type QuestionType } from "@/lib/questions/schema";
import { WindowLabel } from "./assignment-status";
import { LocalTime } from "../ui/local-time";
import type { ActionState } from "@/lib/actions/action-state";
import { ConfirmAction } from "../sets/confirm-action";
import { ExtensionEditor } from "./extension-editor";
import { GuideGateToggle } from "../guided-reading/guide-gate-toggle";
import { ReadingTrackingToggle } from "../attention/reading-tracking-toggle";
import { ButtonLink } from "../ui/button";
import { Badge, Card } from "../ui/card";
import { points } from "../quiz/attempt-result";

type Overview = {
  assignment: {
    id: string;
    mode: "SELF_PACED" | "LIVE";
    opensAt: Date | null;
    closesAt: Date | null;
    attemptsAllowed: number;
    timeLimitMinutes: number | null;
    revealAnswers: string;
    shuffleQuestions: boolean;
    shuffleChoices: boolean;
    peersAfterAnswer: boolean;
    anonymous: boolean;
    onePerPage: boolean;
    guidedReading?: boolean;
    trackReading?: boolean;
    set: { title: string; questions: { id: string; prompt: string; type: QuestionType }[] };
  };
  students: {
    id: string;
    name: string;
    status: "not started" | "in progress" | "submitted";
    attempt: { score: number | null; maxScore: number | null } | null;
    extension: { closesAt: string | null; extraMinutes: number; extraAttempts: number } | null;
    guideGateOff?: boolean;
  }[];
  toGrade: number;
  submitted: number;
};

const tone = { "not started": "slate", "in progress": "amber", submitted: "green" } as const;
const reveal: Record<string, string> = {
  AFTER_SUBMIT: "after submitting",
  AFTER_CLOSE: "after closing",
  NEVER: "never",
};

type StateAction = (prev: ActionState) => Promise<ActionState>;
/** The extension actions, unbound: each student's row binds them to the assignment and the student. */
type ExtensionActions = {
  save: (assignmentId: string, studentId: string, prev: ActionState, form: FormData) => Promise<ActionState>;
  remove: (assignmentId: string, studentId: string, prev: ActionState) => Promise<ActionState>;
};

/** "Own deadline 5 Dec, 17:00 GMT+1 · +30 min · +1 attempt": what a student's extension gives them. */
function ExtensionLabel({ e }: { e: { closesAt: string | null; extraMinutes: number; extraAttempts: number } }) {
  const extras = [
    e.extraMinutes > 0 && `+${e.extraMinutes} min`,
    e.extraAttempts > 0 && `+${e.extraAttempts} ${e.extraAttempts === 1 ? "attempt" : "attempts"}`,
  ].filter(Boolean);
  // One span: inside the badge's inline-flex, bare text beside an element would lose its spaces.
  return (
    <span>
      {e.closesAt && (
        <>
          Own deadline <LocalTime iso={e.closesAt} />
        </>
      )}
      {e.closesAt && extras.length > 0 && " · "}
      {extras.join(" · ")}
    </span>
  );
}

export function InstructorAssignmentView({
  o,
  close,
  reopen,
  extend,
  guideGate,
  readingTracking,
}: {
  o: Overview;
  close: StateAction;
  reopen: StateAction;
  extend: ExtensionActions;
  /** guided reading's per-student gate (setGuidedGateAction), unbound */
  guideGate?: (assignmentId: string, studentId: string, off: boolean, prev: ActionState) => Promise<ActionState>;
  /** "where attention went" on or off (setReadingTrackingAction), unbound */
  readingTracking?: (assignmentId: string, on: boolean, prev: ActionState) => Promise<ActionState>;
}) {
  const a = o.assignment;
  const now = new Date();
  const closed = a.closesAt !== null && a.closesAt <= now;
  const notYetOpen = !closed && a.opensAt !== null && a.opensAt > now;
  const flags = [
    a.shuffleQuestions && "shuffled questions",
    a.shuffleChoices && "shuffled choices",
    a.peersAfterAnswer && "peers after answering",
    a.anonymous && "anonymous",
    a.onePerPage && "one question per page",
    a.guidedReading && "questions inside the essay",
    a.trackReading && "reading time recorded",
  ].filter(Boolean);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="students-h">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="students-h" className="text-lg font-bold">
            Students: {o.submitted} of {o.students.length} submitted
          </h2>
          <span className="flex flex-wrap gap-2">
            {a.mode === "LIVE" && <ButtonLink href={`/assignments/${a.id}/live`}>Run live</ButtonLink>}
            <ButtonLink href={`/assignments/${a.id}/grade`} variant={o.toGrade ? "primary" : "secondary"}>
              {o.toGrade ? `Grade ${o.toGrade} answer${o.toGrade === 1 ? "" : "s"}` : "Grading queue"}
            </ButtonLink>
            <ButtonLink href={`/assignments/${a.id}/report`} variant="secondary">
              Report
            </ButtonLink>
            <ButtonLink href={`/assignments/${a.id}/moderation`} variant="secondary">
              Moderation
            </ButtonLink>
          </span>
        </div>
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {o.students.length === 0 && (
            <li className="px-4 py-3 text-sm text-slate-600">No students in this class yet.</li>
          )}
          {o.students.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span className="font-medium">{s.name}</span>
              <span className="flex flex-wrap items-center gap-2 text-sm">
                {s.extension && (
                  <Badge tone="brand">
                    <ExtensionLabel e={s.extension} />
                  </Badge>
                )}
                {s.status === "submitted" && s.attempt && (
                  <span>
                    {points(s.attempt.score ?? 0)} / {points(s.attempt.maxScore ?? 0)}
                  </span>
                )}
                <Badge tone={tone[s.status]}>{s.status}</Badge>
                {a.mode === "SELF_PACED" && a.guidedReading && guideGate && (
                  <GuideGateToggle
                    key={String(Boolean(s.guideGateOff))}
                    student={{ id: s.id, name: s.name }}
                    off={Boolean(s.guideGateOff)}
                    turnOff={guideGate.bind(null, a.id, s.id, true)}
                    turnOn={guideGate.bind(null, a.id, s.id, false)}
                  />
                )}
                {a.mode === "SELF_PACED" && (
                  <ExtensionEditor
                    student={{ id: s.id, name: s.name }}
                    extension={s.extension}
                    timed={a.timeLimitMinutes !== null}
                    save={extend.save.bind(null, a.id, s.id)}
                    remove={extend.remove.bind(null, a.id, s.id)}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <aside className="space-y-4">
        {readingTracking && (
          <ReadingTrackingToggle
            key={String(Boolean(a.trackReading))}
            on={Boolean(a.trackReading)}
            turnOn={readingTracking.bind(null, a.id, true)}
            turnOff={readingTracking.bind(null, a.id, false)}
          />
        )}
        <Card>
          <div className="flex items-baseline justify-between gap-2">
            <h2 className="font-bold">Settings</h2>
            <Link href={`/assignments/${a.id}/edit`} className="text-sm font-semibold text-brand-700 underline">
              Edit settings
            </Link>
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {a.set.title} · <WindowLabel a={a} /> · {a.attemptsAllowed} attempt{a.attemptsAllowed === 1 ? "" : "s"}
            {a.timeLimitMinutes ? ` · ${a.timeLimitMinutes} min` : ""} · answers shown {reveal[a.revealAnswers]}
            {flags.length ? ` · ${flags.join(", ")}` : ""}
          </p>
          {a.mode === "SELF_PACED" && (
            <div className="mt-3">
              {closed ? (
                a.revealAnswers === "AFTER_CLOSE" ? (
                  <p className="text-sm text-slate-600">
                    To reopen it, set a new closing time in Edit settings (answers are shown after it closes).
                  </p>
                ) : (
                  <ConfirmAction
                    key="reopen"
                    action={reopen}
                    label="Reopen"
                    question="Reopen with no deadline?"
                    confirmLabel="Reopen"
                    pendingLabel="Reopening…"
                    safe
                    small
                  />
                )
              ) : notYetOpen ? (
                <ConfirmAction
                  key="open"
                  action={reopen}
                  label="Open now"
                  question="Open it to students now?"
                  confirmLabel="Open now"
                  pendingLabel="Opening…"
                  safe
                  small
                />
              ) : (
                <ConfirmAction
                  key="close"
                  action={close}
                  label="Close now"
                  question={`Close it now? Students can no longer answer; unfinished attempts keep what was saved.${a.revealAnswers === "AFTER_CLOSE" ? " Correct answers become visible to students who submitted." : ""}`}
                  confirmLabel="Close now"
                  pendingLabel="Closing…"
                  safe
                  small
                />
              )}
            </div>
          )}
        </Card>
        <Card>
          <h2 className="font-bold">Questions</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
            {a.set.questions.map((q) => (
              <li key={q.id}>
                <Link href={`/assignments/${a.id}/questions/${q.id}/discussion`} className="text-brand-700 underline">
                  {q.prompt}
                </Link>{" "}
                <span className="text-slate-600">({TYPE_LABELS[q.type]})</span>
                {q.type === "DEBATE" && (
                  <>
                    {" · "}
                    <Link href={`/assignments/${a.id}/questions/${q.id}/debate`} className="text-brand-700 underline">
                      Debate view
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ol>
        </Card>
      </aside>
    </div>
  );
}
