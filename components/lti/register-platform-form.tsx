"use client";
import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";
import { keepInputOnSubmit } from "../ui/keep-input-on-submit";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";

const FIELDS = [
  { name: "name", label: "Name", placeholder: "e.g. District Moodle" },
  { name: "issuer", label: "Issuer (platform ID)", placeholder: "https://moodle.example.edu" },
  { name: "clientId", label: "Client ID" },
  { name: "deploymentIds", label: "Deployment IDs", hint: "One or more, separated by commas or spaces." },
  { name: "authLoginUrl", label: "Authentication request URL", placeholder: "https://…/auth.php" },
  { name: "tokenUrl", label: "Access token URL", placeholder: "https://…/token.php" },
  { name: "jwksUrl", label: "Public keyset URL", placeholder: "https://…/certs.php" },
] as const;

/** Manual registration of an LMS: the values its LTI 1.3 tool configuration shows. */
export function RegisterPlatformForm({
  action,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form onSubmit={keepInputOnSubmit(formAction)} className="grid gap-3 sm:grid-cols-2" noValidate>
      {FIELDS.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          label={f.label}
          required
          maxLength={f.name === "deploymentIds" ? 2000 : 500}
          placeholder={"placeholder" in f ? f.placeholder : undefined}
          hint={"hint" in f ? f.hint : undefined}
          error={state.fieldErrors?.[f.name]}
        />
      ))}
      <div className="sm:col-span-2 flex flex-col gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Registering…" : "Register LMS"}
        </Button>
        {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      </div>
    </form>
  );
}
