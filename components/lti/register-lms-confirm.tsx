"use client";
import { useEffect, useState, useTransition } from "react";
import { Link } from "@/components/ui/link";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** The admin confirms a Dynamic Registration; once done, the LMS's registration frame is told to close (§3.7). */
export function RegisterLmsConfirm({
  host,
  register,
}: {
  host: string;
  register: () => Promise<{ ok: boolean; message?: string; name?: string }>;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!result?.ok) return;
    const m = { subject: "org.imsglobal.lti.close" };
    try {
      // This window was opened by Passage's page inside the LMS's frame: tell the LMS around that frame.
      window.opener?.parent?.postMessage(m, "*");
    } catch {
      // The opener went away (the LMS closed its frame): nothing to tell.
    }
    if (window.parent !== window) window.parent.postMessage(m, "*");
  }, [result]);
  if (result?.ok)
    return (
      <div className="space-y-3">
        <Alert tone="success">{result.text}</Alert>
        <p className="text-sm text-slate-700">
          You can close this window. The LMS is listed on <Link href="/admin/lti">LMS connections</Link>.
        </p>
      </div>
    );
  return (
    <div className="space-y-3">
      <p>
        The LMS at <strong>{host}</strong> asks to use Passage. Register it only if it is your school&rsquo;s LMS: its
        teachers and learners will launch Passage from their courses.
      </p>
      <Button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await register();
            setResult(
              r.ok
                ? { ok: true, text: `Registered ${r.name}. Courses can launch Passage now.` }
                : { ok: false, text: r.message ?? "Passage could not register this LMS. Try again." },
            );
          })
        }
      >
        {pending ? "Registering…" : `Register ${host}`}
      </Button>
      {result && !result.ok && <Alert tone="error">{result.text}</Alert>}
    </div>
  );
}
