import { GradeForm } from "@/components/quiz/grade-form";
import { PassageQuote } from "@/components/quiz/passage-quote";
import { StableOrder } from "@/components/quiz/stable-order";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { TYPE_LABELS } from "@/lib/questions/schema";
import { requireInstructorPage } from "@/server/auth/session";
import { getGradingQueue } from "@/server/attempts/grading-queue";
import { gradeResponseAction, undoGradeAction } from "./actions";

export const metadata = { title: "Grading" };

export default async function GradePage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireInstructorPage(`/assignments/${assignmentId}/grade`);
  const { assignment, items, remaining } = await getGradingQueue({ user, assignmentId });
  return (
    <div className="mx-auto max-w-5xl">
      <Breadcrumb trail={[{ href: `/assignments/${assignment.id}`, label: assignment.title }]} />
      <PageHeader
        title="Grading"
        description={`${remaining} answer${remaining === 1 ? "" : "s"} to grade · short answers and debate answers from submitted attempts.`}
      />
      {items.length === 0 ? (
        <EmptyState title="Nothing to grade yet">
          Short answers and debate answers appear here once students submit.
        </EmptyState>
      ) : (
        <ol className="space-y-6">
          <StableOrder>
            {items.map((it) => (
              <li key={it.id}>
                <Card className="grid grid-cols-1 gap-5 lg:grid-cols-[1fr_22rem]">
                  <div className="min-w-0 space-y-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="text-lg font-semibold">{it.student}</h2>
                      <Badge tone={it.graded ? "green" : "amber"}>{it.graded ? "Graded" : "To grade"}</Badge>
                      <span className="text-sm text-slate-600">{TYPE_LABELS[it.question.type]}</span>
                    </div>
                    <p className="font-medium text-slate-900">{it.question.prompt}</p>
                    {it.stance && (
                      <p className="text-sm">
                        <span className="font-semibold">Stance:</span> {it.stance}
                      </p>
                    )}
                    <p className="whitespace-pre-line rounded-lg border border-slate-200 bg-slate-50 p-3">
                      {it.text || <span className="italic text-slate-600">No text.</span>}
                    </p>
                    {it.citations.length > 0 && (
                      <div className="space-y-2">
                        <p className="text-sm font-semibold text-slate-700">Evidence the student cited</p>
                        {it.citations.map((c) => (
                          <PassageQuote key={c.id} p={c} exact={c.exact} />
                        ))}
                      </div>
                    )}
                    <GradeForm
                      action={gradeResponseAction.bind(null, assignment.id, it.id)}
                      undo={undoGradeAction.bind(null, assignment.id, it.id)}
                      max={it.question.points}
                      score={it.manualScore}
                      feedback={it.feedback}
                      student={it.student}
                    />
                  </div>
                  <aside className="space-y-3 text-sm">
                    {it.question.rubric && (
                      <div>
                        <p className="font-semibold">Rubric</p>
                        <p className="whitespace-pre-line text-slate-800">{it.question.rubric}</p>
                      </div>
                    )}
                    {it.modelAnswer && (
                      <div>
                        <p className="font-semibold">Model answer</p>
                        <p className="text-slate-800">{it.modelAnswer}</p>
                      </div>
                    )}
                    {it.keywords.length > 0 && (
                      <div>
                        <p className="font-semibold">
                          Keywords found: {it.hits.length} of {it.keywords.length}
                        </p>
                        <ul className="mt-1 flex flex-wrap gap-1">
                          {it.keywords.map((k) => (
                            <li key={k}>
                              <Badge tone={it.hits.includes(k) ? "green" : "slate"}>
                                {it.hits.includes(k) ? "✓ " : ""}
                                {k}
                              </Badge>
                            </li>
                          ))}
                        </ul>
                        <p className="mt-1 text-xs text-slate-600">A hint only: read the answer.</p>
                      </div>
                    )}
                    <div className="space-y-2">
                      <p className="font-semibold">The question is drawn from</p>
                      {it.question.passages.map((p) => (
                        <PassageQuote key={p.id} p={p} />
                      ))}
                    </div>
                  </aside>
                </Card>
              </li>
            ))}
          </StableOrder>
        </ol>
      )}
    </div>
  );
}
