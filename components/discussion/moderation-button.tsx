import { ButtonLink } from "../ui/button";

/** The instructor's way to the moderation queue, with the count of open reports. */
export function ModerationButton({ assignmentId, openReports }: { assignmentId: string; openReports: number }) {
  return (
    <ButtonLink href={`/assignments/${assignmentId}/moderation`} variant="secondary">
      {openReports ? `Moderation (${openReports} open)` : "Moderation"}
    </ButtonLink>
  );
}
