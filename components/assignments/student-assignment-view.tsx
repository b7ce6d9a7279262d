import { AssignmentFacts } from "./assignment-facts";
import { AttemptResultItem, points, type ResultItem } from "../quiz/attempt-result";
import { StartAttemptButton } from "../quiz/start-attempt-button";
import type { ActionState } from "@/lib/actions/action-state";
import type { PassageRef } from "@/lib/questions/public-question";
import { LocalTime } from "../ui/local-time";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";
import { Card } from "../ui/card";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
type Result = {
  attempt: { number: number; submittedAt: Date; score: number | null; maxScore: number | null };
  revealed: boolean;
  revealAnswers: "AFTER_SUBMIT" | "AFTER_CLOSE" | "NEVER";
  /** passages the answers show beyond each question's own (evidence options, debate citations), by id */
  passages: ReadonlyMap<string, PassageRef>;
  items: ResultItem[];
};

/** What a student sees on an assignment: the rules and a start/resume button, then their feedback. */
export function StudentAssignmentView(props: {
  assignmentId: string;
  facts: Parameters<typeof AssignmentFacts>[0]["a"];
  openAttempt: boolean;
  live: boolean;
  closedReason: string | null;
  start: Action | null;
  startAnother: Action | null;
  justSubmitted: boolean;
  /** what the instructor's extension gives this student (the facts above already show their own window) */
  extension?: { closesAt: Date | null; extraMinutes: number; extraAttempts: number } | null;
  result: Result | null;
}) {
  const { result } = props;
  const pendingManual = result?.items.some((i) => i.awaitingGrade);
  return (
    <div className="space-y-6">
      {props.justSubmitted && <Alert tone="success">Your answers were submitted.</Alert>}
      {props.extension && (
        <Alert tone="info" title="You have an extension">
          {props.extension.closesAt && (
            <>
              This assignment closes for you on <LocalTime iso={props.extension.closesAt.toISOString()} />.{" "}
            </>
          )}
          {props.extension.extraMinutes > 0 &&
            `You have ${props.extension.extraMinutes} extra minutes on the time limit. `}
          {props.extension.extraAttempts > 0 &&
            `You may make ${props.extension.extraAttempts} more ${props.extension.extraAttempts === 1 ? "attempt" : "attempts"} than the class.`}
        </Alert>
      )}
      <Card>
        <AssignmentFacts a={props.facts} />
        <div className="mt-4">
          {props.openAttempt && props.closedReason && props.facts.closesAt && props.facts.closesAt <= new Date() ? (
            // Closed while this attempt was open: what was saved is kept, and opening the quiz hands it in.
            <div className="space-y-3">
              <Alert tone="warning">
                {props.closedReason} Your saved answers are kept: hand them in to see your result.
              </Alert>
              <ButtonLink href={`/assignments/${props.assignmentId}/take`}>Hand in saved answers</ButtonLink>
            </div>
          ) : props.openAttempt ? (
            <ButtonLink href={`/assignments/${props.assignmentId}/take`}>Resume quiz</ButtonLink>
          ) : props.live && !result ? (
            <div className="space-y-3">
              <Alert>This is a live quiz: your instructor runs it in class.</Alert>
              <ButtonLink href="/live">Join live</ButtonLink>
            </div>
          ) : props.closedReason && !result ? (
            <Alert tone="warning">{props.closedReason}</Alert>
          ) : props.start ? (
            <StartAttemptButton action={props.start} label="Start quiz" />
          ) : props.startAnother ? (
            <StartAttemptButton action={props.startAnother} label="Start another attempt" />
          ) : null}
        </div>
      </Card>
      {result && (
        <section aria-labelledby="result-h" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="result-h" className="text-xl font-bold">
              Your result{result.attempt.number > 1 ? ` (attempt ${result.attempt.number})` : ""}
            </h2>
            <p className="text-lg font-semibold" data-testid="attempt-score">
              {points(result.attempt.score ?? 0)} / {points(result.attempt.maxScore ?? 0)} points
            </p>
          </div>
          {pendingManual && (
            <Alert>
              Some answers are waiting for your instructor to grade them; your score will change when they do.
            </Alert>
          )}
          {!result.revealed && (
            <Alert>
              {result.revealAnswers === "AFTER_CLOSE"
                ? "Correct answers and explanations appear here once the assignment closes."
                : "Your instructor has chosen not to show correct answers for this assignment."}
            </Alert>
          )}
          <ol className="space-y-4">
            {result.items.map((item, i) => (
              <li key={item.question.id}>
                <AttemptResultItem
                  item={item}
                  index={i}
                  total={result.items.length}
                  passages={result.passages}
                  assignmentId={props.assignmentId}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
