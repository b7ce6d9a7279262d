import { ImportForm } from "@/components/essay-import/import-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { importEssayAction, previewEssayAction } from "./actions";

export const metadata = { title: "Import an essay" };

export default async function ImportEssayPage() {
  await requireInstructorPage("/essays/import");
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: "/essays", label: "Essays" }]} className="mb-4" />
      <PageHeader
        title="Import an essay"
        description="Paste the text or upload a .txt or .md file (UTF-8, up to 200 kB). Each line becomes a numbered paragraph, split into sentences your questions can cite. Only you can see essays you import."
      />
      <ImportForm preview={previewEssayAction} save={importEssayAction} />
    </div>
  );
}
