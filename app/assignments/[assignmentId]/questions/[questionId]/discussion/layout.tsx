// The access check of the page below, in a layout so that it runs before its loading.tsx starts streaming: a
// refusal is then a real 404 or redirect status instead of a 200 carrying the not-found page. The page reuses
// this check's queries (memoised per request) and loads the rest of its data under the loading skeleton.
import { requireDiscussionPage } from "@/server/discussion/require-discussion-page";

export default async function DiscussionLayout({
  params,
  children,
}: {
  params: Promise<{ assignmentId: string; questionId: string }>;
  children: React.ReactNode;
}) {
  await requireDiscussionPage(params, "discussion");
  return children;
}
