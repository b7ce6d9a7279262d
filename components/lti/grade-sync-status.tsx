import type { LtiGradeSync } from "@/lib/lti/grade-sync";
import { Alert } from "../ui/alert";

const people = (n: number) => `${n} ${n === 1 ? "student" : "students"}`;

/** The LMS gradebook's state for an assignment launched from an LMS: what was sent, what waits, what failed. */
export function GradeSyncStatus({ sync }: { sync: LtiGradeSync }) {
  const { sent, waiting, failed } = sync;
  const retrying = waiting.filter((w) => w.lastError);
  return (
    <section aria-labelledby="grade-sync-heading" className="mb-6 space-y-2">
      <h2 id="grade-sync-heading" className="text-lg font-semibold">
        LMS gradebook
      </h2>
      {sent + waiting.length + failed.length === 0 && (
        <p className="text-sm text-slate-700">No grades yet: each one goes to the LMS when a student submits.</p>
      )}
      {sent > 0 && waiting.length === 0 && failed.length === 0 && (
        <Alert tone="success">All grades are in the LMS ({people(sent)}).</Alert>
      )}
      {waiting.length > 0 && (
        <Alert
          tone={retrying.length ? "warning" : "info"}
          title={`Grades waiting to reach the LMS: ${people(waiting.length)}`}
        >
          <p>
            {retrying.length
              ? "The LMS did not take them yet; Passage keeps trying, less often each time. Nothing is lost meanwhile."
              : "They are being sent now."}
            {sent > 0 && ` ${people(sent)} already sent.`}
          </p>
          <GradeList rows={waiting} />
        </Alert>
      )}
      {failed.length > 0 && (
        <Alert tone="error" title={`Grades the LMS did not accept: ${people(failed.length)}`}>
          <p>
            Passage stopped trying after many attempts. Check that the LMS link still has its gradebook column, then
            enter these grades in the LMS by hand or regrade the answers here to send them again.
          </p>
          <GradeList rows={failed} />
        </Alert>
      )}
    </section>
  );
}

function GradeList({ rows }: { rows: { student: string; lastError: string | null }[] }) {
  return (
    <ul className="mt-2 list-disc pl-5">
      {rows.map((r, i) => (
        <li key={i}>
          {r.student}
          {r.lastError && <span className="text-slate-700"> — last answer: {r.lastError}</span>}
        </li>
      ))}
    </ul>
  );
}
