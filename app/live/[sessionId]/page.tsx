import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { StudentLive } from "@/components/live/student-live";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { isAppError } from "@/lib/errors/app-error";
import { requireUserPage } from "@/server/auth/session";
import { getStudentLiveView } from "@/server/live/get-student-live-view";

export const metadata: Metadata = { title: "Live session" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sessionId: string }> };

export default async function StudentLivePage({ params }: Props) {
  const { sessionId } = await params;
  const user = await requireUserPage(`/live/${sessionId}`);
  if (user.role === "INSTRUCTOR") redirect(`/live/${sessionId}/present`);
  let data: Awaited<ReturnType<typeof getStudentLiveView>>;
  try {
    data = await getStudentLiveView({ user, sessionId });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN")
      return (
        <div className="mx-auto max-w-md space-y-4">
          <h1 className="text-2xl font-bold">You can’t join this session</h1>
          <Alert tone="warning">{e.message}</Alert>
          <ButtonLink href="/live" variant="secondary">
            Enter another code
          </ButtonLink>
        </div>
      );
    throw e;
  }
  return (
    <StudentLive
      sessionId={sessionId}
      initial={data.view}
      serverNow={new Date().toISOString()}
      title={data.assignment.title}
      myAnswer={data.myAnswer}
      result={data.result}
    />
  );
}
