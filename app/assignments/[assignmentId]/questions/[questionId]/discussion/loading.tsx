import { DiscussionSkeleton } from "@/components/discussion/discussion-skeleton";

export default function Loading() {
  return <DiscussionSkeleton label="Loading the discussion…" />;
}
