import { ReportLoading } from "@/components/analytics/report-loading";

export default function Loading() {
  return <ReportLoading label="Loading the student’s report…" />;
}
