// The access check of the page below, in a layout: it runs before anything of the page is sent, so a refusal is a
// real 404 or redirect status even if part of the page streams later. (The page has no loading skeleton: streamed
// behind one, the essay painted ~300 ms late on a phone, after the scripts; decision 0092.) The page reuses this
// check's queries (memoised per request).
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
