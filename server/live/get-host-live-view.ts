import "server-only";
import type { SessionUser } from "../auth/session";
import { findHostSession } from "./find-host-session";
import { buildView } from "./build-live-view";

export async function getHostLiveView({ user, sessionId }: { user: SessionUser; sessionId: string }) {
  const s = await findHostSession({ user, sessionId });
  const view = await buildView(sessionId, "host");
  return { view, joinCode: s.joinCode, assignment: s.assignment };
}
