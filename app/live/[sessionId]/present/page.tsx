import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { HostLive } from "@/components/live/host-live";
import { isAppError } from "@/lib/errors/app-error";
import { requireInstructorPage } from "@/server/auth/session";
import { getHostLiveView } from "@/server/live/get-host-live-view";

export const metadata: Metadata = { title: "Present live session" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sessionId: string }> };

/** The URL students' phones open: this server's own origin as the browser reached it. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function PresentLivePage({ params }: Props) {
  const { sessionId } = await params;
  const user = await requireInstructorPage(`/live/${sessionId}/present`);
  let data: Awaited<ReturnType<typeof getHostLiveView>>;
  try {
    data = await getHostLiveView({ user, sessionId });
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  }
  const joinUrl = data.joinCode ? `${await origin()}/live?code=${data.joinCode}` : `${await origin()}/live`;
  // Rendered here as SVG markup: crisp on a projector at any size, no image request.
  const qrSvg = data.joinCode
    ? await QRCode.toString(joinUrl, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
        color: { dark: "#0f172a", light: "#ffffff" },
      })
    : null;
  return (
    <HostLive
      sessionId={sessionId}
      assignmentId={data.assignment.id}
      initial={data.view}
      serverNow={new Date().toISOString()}
      title={data.assignment.title}
      joinCode={data.joinCode}
      joinUrl={joinUrl}
      qrSvg={qrSvg}
    />
  );
}
