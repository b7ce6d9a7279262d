import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JoinCodeForm } from "@/components/live/join-code-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { isAppError } from "@/lib/errors/app-error";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { requireUserPage } from "@/server/auth/session";
import { findSessionByCode } from "@/server/live/find-session-by-code";
import { listOpenSessions } from "@/server/live/list-open-sessions";
import { getClientAddress } from "@/server/rate-limits/get-client-address";
import { joinLiveAction } from "./actions";

export const metadata: Metadata = { title: "Join a live session" };

/** Students type the code, or arrive from the QR code with `?code=` and go straight in. */
export default async function JoinLivePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const user = await requireUserPage(code ? `/live?code=${encodeURIComponent(code)}` : "/live");
  let initial: ActionState = initialActionState;
  if (code && user.role === "STUDENT") {
    let sessionId: string | null = null;
    try {
      sessionId = await findSessionByCode({ user, code, clientAddress: await getClientAddress() });
    } catch (e) {
      if (!isAppError(e)) throw e;
      initial = { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    }
    if (sessionId) redirect(`/live/${sessionId}`);
  }
  const open = await listOpenSessions({ user });
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-4">
      <div className="text-center">
        <h1 className="text-3xl font-bold">Join a live session</h1>
        <p className="mt-2 text-slate-600">Your instructor shows the code on the screen.</p>
      </div>
      {user.role === "INSTRUCTOR" ? (
        <Alert tone="info">
          Students join here. To run a session, open a live assignment and choose “Start live session”.
        </Alert>
      ) : (
        <>
          {open.length > 0 && (
            <section aria-labelledby="running-now" className="space-y-2">
              <h2 id="running-now" className="font-semibold">
                Running now in your classes
              </h2>
              <ul className="space-y-2">
                {open.map((s) => (
                  <li
                    key={s.id}
                    className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3"
                  >
                    <span>
                      <span className="block font-semibold">{s.assignment.title}</span>
                      <span className="text-sm text-slate-600">{s.assignment.class.name}</span>
                    </span>
                    <ButtonLink href={`/live/${s.id}`} aria-label={`Join ${s.assignment.title}`}>
                      Join
                    </ButtonLink>
                  </li>
                ))}
              </ul>
              <p className="pt-2 text-center text-sm text-slate-600">or enter a code</p>
            </section>
          )}
          <JoinCodeForm action={joinLiveAction} initial={initial} code={code} />
        </>
      )}
    </div>
  );
}
