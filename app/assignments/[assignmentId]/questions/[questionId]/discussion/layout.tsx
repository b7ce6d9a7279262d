// The access check of the pages below, in a layout so that it runs before their loading.tsx starts streaming: a
// refusal is then a real 404 or redirect status instead of a 200 carrying the not-found page. The pages check
// again (the same cached session) and load their data under the loading skeleton.
import { requireUserPage } from "@/server/auth/session";
import { loadDiscussionContext } from "@/server/discussion/load-discussion-context";
import { orNotFound } from "@/server/http/or-not-found";

export default async function DiscussionLayout({ params, children }: { params: Promise<{ assignmentId: string; questionId: string }>; children: React.ReactNode }) {
  const { assignmentId, questionId } = await params;
  const viewer = await requireUserPage(`/assignments/${assignmentId}/questions/${questionId}/discussion`);
  await orNotFound(loadDiscussionContext({ viewer, assignmentId, questionId }));
  return children;
}
