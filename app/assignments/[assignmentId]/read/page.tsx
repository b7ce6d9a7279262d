import type { Metadata } from "next";
import { ReadingRoom } from "@/components/annotations/reading-room";
import { AttentionNotice } from "@/components/attention/attention-notice";
import { AttentionTracker } from "@/components/attention/attention-tracker";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getReading } from "@/server/annotations/get-reading";
import { requireUserPage } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";
import { addAnnotationAction, moderateAnnotationAction, replyToAnnotationAction } from "./actions";

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ essay?: string }> };
export const metadata: Metadata = { title: "Read and annotate" };

export default async function ReadPage({ params, searchParams }: Props) {
  const { assignmentId } = await params;
  const viewer = await requireUserPage(`/assignments/${assignmentId}/read`);
  const essay = (await searchParams).essay;
  const view = await orNotFound(
    getReading({ viewer, assignmentId, essaySlug: typeof essay === "string" ? essay : null }),
  );
  return (
    <>
      <Breadcrumb
        trail={[
          { href: `/classes/${view.assignment.classId}`, label: view.assignment.className },
          { href: `/assignments/${assignmentId}`, label: view.assignment.title },
        ]}
      />
      <ReadingRoom
        view={view}
        add={addAnnotationAction.bind(null, assignmentId)}
        reply={replyToAnnotationAction.bind(null, assignmentId)}
        moderate={view.isInstructor ? moderateAnnotationAction.bind(null, assignmentId) : null}
        notice={view.tracking ? <AttentionNotice recordHref={`/assignments/${assignmentId}/reading-record`} /> : null}
      />
      {view.tracking && <AttentionTracker endpoint={`/api/attention/${assignmentId}`} essayId={view.essay.id} />}
    </>
  );
}
