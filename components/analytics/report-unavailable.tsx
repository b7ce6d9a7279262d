import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";

/** What a report page shows when its data cannot be read (its replica is down): the reason, and nothing stale. */
export function ReportUnavailable({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="error" title="This report is unavailable for now">
        {message}
      </Alert>
    </>
  );
}
