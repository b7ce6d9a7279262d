import { BankImportForm } from "@/components/sets/bank-import-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { listSets } from "@/server/question-sets/list-sets";

export const metadata = { title: "Import questions" };

export default async function ImportBankPage() {
  const user = await requireInstructorPage("/sets/import");
  const own = (await listSets({ user })).filter((s) => !s.builtIn).map((s) => ({ id: s.id, title: s.title }));
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb trail={[{ href: "/sets", label: "Question sets" }]} className="mb-4" />
      <PageHeader
        title="Import questions"
        description="Upload a QTI 3.0 or 2.1 package (.zip or .xml), a Moodle XML file, or a GIFT or Aiken text file. You see every question before anything is saved."
      />
      <BankImportForm sets={own} />
    </div>
  );
}
