"use client";
// The presenter's only chrome: the way back to the assignment and a full-screen toggle, small and quiet so the
// projector shows the session, not the app.
import { Link } from "@/components/ui/link";
import { useEffect, useState } from "react";

export function PresenterBar({ backHref }: { backHref: string }) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const sync = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener("fullscreenchange", sync);
    return () => document.removeEventListener("fullscreenchange", sync);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => setFull(false));
  };
  return (
    <nav aria-label="Presenter" className="flex items-center justify-between gap-3 text-sm">
      <Link href={backHref} className="rounded-lg px-2 py-1 font-medium text-slate-700 hover:bg-slate-100">
        ← Exit presenter view
      </Link>
      <button
        type="button"
        onClick={toggle}
        className="rounded-lg px-2 py-1 font-medium text-slate-700 hover:bg-slate-100"
        aria-pressed={full}
      >
        {full ? "Leave full screen" : "Full screen"}
      </button>
    </nav>
  );
}
