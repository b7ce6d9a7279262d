import { Link } from "@/components/ui/link";

/** What "where attention went" records, stated above the essay before any of it is read (docs/decisions/0070). */
export function AttentionNotice({ recordHref }: { recordHref: string }) {
  return (
    <aside
      aria-label="What is recorded while you read"
      className="mb-4 rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950"
      data-testid="attention-notice"
    >
      <p>
        <strong>Your reading is recorded for this assignment:</strong> the time each paragraph is on your screen, and
        whether you reached the end. Your teacher sees it. Nothing else is recorded (not what you select or type), and
        only while this page is open in front of you.
      </p>
      <p className="mt-1">
        <Link href={recordHref} className="font-semibold text-sky-900 underline underline-offset-2">
          See what is recorded about you
        </Link>
      </p>
    </aside>
  );
}
