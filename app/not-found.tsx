import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">
        This page does not exist, or you do not have access to it. Check the link, or ask your instructor for a new one.
      </p>
      <div className="mt-6">
        <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
      </div>
    </div>
  );
}
