import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { StartLiveForm } from "@/components/live/start-live-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { getAssignmentLiveOverview } from "@/server/live/get-assignment-live-overview";
import { startLiveAction } from "./actions";
import { LocalTime } from "@/components/ui/local-time";

export const metadata: Metadata = { title: "Run live" };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentLivePage({ params }: Props) {
  const { assignmentId } = await params;
  const user = await requireInstructorPage(`/assignments/${assignmentId}/live`);
  const a = await getAssignmentLiveOverview({ user, assignmentId });
  const running = a.liveSessions.find((s) => s.state !== "ENDED");
  const past = a.liveSessions.filter((s) => s.state === "ENDED");
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Run live: ${a.title}`}
        description={`${a.class.name} · ${a.class._count.enrollments} students · ${a.set.title} (${a.set._count.questions} questions)`}
      />
      {a.mode !== "LIVE" ? (
        <Alert tone="warning">
          This assignment is self-paced. Create a live assignment for this question set to run it in class.
        </Alert>
      ) : running ? (
        <Card className="space-y-3">
          <h2 className="text-lg font-bold">A session is running</h2>
          <p className="text-slate-700">
            Started <LocalTime iso={running.createdAt.toISOString()} style="medium" />
            {running.joinCode && (
              <>
                {" "}
                · join code <span className="font-mono font-bold">{running.joinCode}</span>
              </>
            )}
          </p>
          <ButtonLink href={`/live/${running.id}/present`}>Open the present screen</ButtonLink>
        </Card>
      ) : (
        <Card className="space-y-3">
          <h2 className="text-lg font-bold">Start a live session</h2>
          <p className="text-slate-700">
            Project the next screen: students join on their phones with a code or the QR code, then you move through the
            questions together. Their answers are saved as ordinary attempts, graded, and submitted when you end the
            session.
          </p>
          <StartLiveForm assignmentId={a.id} action={startLiveAction} />
        </Card>
      )}
      <section aria-labelledby="past-sessions" className="space-y-2">
        <h2 id="past-sessions" className="text-lg font-bold">
          Past sessions
        </h2>
        {past.length === 0 ? (
          <p className="text-slate-600">None yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {past.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  <LocalTime iso={s.createdAt.toISOString()} style="medium" /> <Badge>Ended</Badge>
                </span>
                <Link href={`/live/${s.id}/present`} className="font-semibold text-brand-700 underline">
                  Summary
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
