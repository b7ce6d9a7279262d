import { Link } from "@/components/ui/link";
import { Badge, Card } from "../ui/card";
import { ButtonLink } from "../ui/button";
import { SubmitButton } from "./submit-button";

type Props = {
  set: {
    id: string;
    title: string;
    description: string;
    builtIn: boolean;
    essays: { title: string }[];
    questions: number;
    assignments: number;
  };
  duplicate: (form: FormData) => Promise<void>;
};

export function SetCard({ set, duplicate }: Props) {
  return (
    <Card className="flex h-full flex-col">
      <div className="mb-2 flex flex-wrap gap-2">
        {set.builtIn && <Badge tone="brand">Built-in · read-only</Badge>}
        {set.assignments > 0 && <Badge tone="green">Assigned</Badge>}
      </div>
      <h3 className="text-lg font-bold">
        <Link href={`/sets/${set.id}`} className="hover:underline">
          {set.title}
        </Link>
      </h3>
      {set.description && <p className="mt-1 text-slate-700">{set.description}</p>}
      <p className="mt-2 text-sm text-slate-600">
        {set.questions} question{set.questions === 1 ? "" : "s"} · from{" "}
        {set.essays.map((e) => e.title).join(" and ") || "no essays"}
      </p>
      <div className="mt-auto flex flex-wrap gap-2 pt-4">
        <ButtonLink
          href={`/sets/${set.id}`}
          variant="secondary"
          className="min-h-9 px-3 py-1"
          aria-label={`${set.builtIn ? "View" : "Edit"} ${set.title}`}
        >
          {set.builtIn ? "View" : "Edit"}
        </ButtonLink>
        <ButtonLink
          href={`/sets/${set.id}/preview`}
          variant="secondary"
          className="min-h-9 px-3 py-1"
          aria-label={`Preview ${set.title}`}
        >
          Preview
        </ButtonLink>
        <form action={duplicate}>
          <input type="hidden" name="setId" value={set.id} />
          <SubmitButton
            variant="secondary"
            className="min-h-9 px-3 py-1"
            aria-label={`Duplicate ${set.title}`}
            pendingLabel="Duplicating…"
          >
            Duplicate
          </SubmitButton>
        </form>
      </div>
    </Card>
  );
}
