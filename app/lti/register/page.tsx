import { RegisterLmsConfirm } from "@/components/lti/register-lms-confirm";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdminPage } from "@/server/auth/session";
import { registerLtiPlatformAction } from "./actions";

export const metadata = { title: "Register an LMS" };

type Props = { searchParams: Promise<{ openid_configuration?: string; registration_token?: string }> };

// LTI Dynamic Registration, the admin's half: /api/lti/register (opened by the LMS) sends an admin here, in a window
// of its own where their session works; they confirm, Passage registers, and the LMS's frame is told to close.
export default async function RegisterLmsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const configurationUrl = typeof sp.openid_configuration === "string" ? sp.openid_configuration : "";
  const token = typeof sp.registration_token === "string" ? sp.registration_token : "";
  const here = `/lti/register?${new URLSearchParams({ openid_configuration: configurationUrl, registration_token: token })}`;
  await requireAdminPage(here);
  let host: string | null = null;
  try {
    host = new URL(configurationUrl).host;
  } catch {
    host = null;
  }
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Register an LMS"
        description="Your LMS asked to use Passage (LTI Dynamic Registration). Courses launch Passage once it is registered."
      />
      {host ? (
        <Card>
          <RegisterLmsConfirm host={host} register={registerLtiPlatformAction.bind(null, configurationUrl, token)} />
        </Card>
      ) : (
        <Alert tone="warning" title="Start from your LMS">
          This page opens from your LMS&rsquo;s tool registration (&ldquo;register by URL&rdquo;): enter{" "}
          <code>/api/lti/register</code> of this site there.
        </Alert>
      )}
    </div>
  );
}
