import { headers } from "next/headers";
import { PlatformEnabledButton } from "@/components/lti/platform-enabled-button";
import { RegisterPlatformForm } from "@/components/lti/register-platform-form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { toolUrls } from "@/lib/lti/tool-urls";
import { requireAdminPage } from "@/server/auth/session";
import { listLtiPlatforms } from "@/server/lti/list-lti-platforms";
import { createLtiPlatformAction, setLtiPlatformEnabledAction } from "./actions";

export const metadata = { title: "LMS connections" };

export default async function LtiAdminPage() {
  const user = await requireAdminPage("/admin/lti");
  const platforms = await listLtiPlatforms({ user });
  const h = await headers();
  const base = process.env.NEXTAUTH_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
  const urls = toolUrls(base);
  return (
    <>
      <PageHeader
        title="LMS connections"
        description="Register your LMS (Moodle, Canvas, Brightspace…) so courses launch Passage over LTI 1.3."
      />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-bold">Paste these into your LMS</h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-800">Initiate login URL</dt>
          <dd className="font-mono break-all">{urls.login}</dd>
          <dt className="font-medium text-slate-800">Redirect / launch URL</dt>
          <dd className="font-mono break-all">{urls.launch}</dd>
          <dt className="font-medium text-slate-800">Public keyset (JWKS) URL</dt>
          <dd className="font-mono break-all">{urls.jwks}</dd>
          <dt className="font-medium text-slate-800">Target link URI</dt>
          <dd className="font-mono break-all">{`${base.replace(/\/+$/, "")}/`}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          Or, if your LMS registers tools by URL (LTI Dynamic Registration), give it only{" "}
          <span className="font-mono break-all">{urls.register}</span>: you confirm here, signed in as an admin.
        </p>
      </Card>
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-bold">Register an LMS</h2>
        <RegisterPlatformForm action={createLtiPlatformAction} />
      </Card>
      <h2 className="mb-3 text-lg font-bold">Registered</h2>
      {platforms.length === 0 ? (
        <EmptyState title="No LMS registered yet">Register one above with the values your LMS shows.</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {platforms.map((p) => (
            <li key={p.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    {p.name} <Badge tone={p.enabled ? "green" : "slate"}>{p.enabled ? "enabled" : "disabled"}</Badge>
                  </h3>
                  <PlatformEnabledButton
                    name={p.name}
                    enabled={p.enabled}
                    action={setLtiPlatformEnabledAction.bind(null, p.id, !p.enabled)}
                  />
                </div>
                <p className="mt-1 text-sm break-all text-slate-600">
                  {p.issuer} · client {p.clientId} · deployments {p.deploymentIds.join(", ")} · {p._count.contexts}{" "}
                  course{p._count.contexts === 1 ? "" : "s"}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
