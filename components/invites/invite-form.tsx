"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { CopyButton } from "../classes/copy-button";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Select } from "../ui/input";
import { LocalTime } from "../ui/local-time";

type Created = { token: string; expiresAt: string };
type Action = (prev: ActionState<Created>, form: FormData) => Promise<ActionState<Created>>;

/** Makes a one-time instructor link and shows it once (only its hash is kept), with a copy button. */
export function InviteForm({ action, origin }: { action: Action; origin: string }) {
  const [state, formAction, pending] = useActionState<ActionState<Created>, FormData>(action, { ok: false });
  const link = state.ok ? `${origin}/sign-up?invite=${state.token}` : null;
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
        <div className="space-y-1">
          <label htmlFor="invite-days" className="block text-sm font-medium text-slate-800">
            Link valid for
          </label>
          <Select id="invite-days" name="days" defaultValue="7">
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
          </Select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create invitation link"}
        </Button>
      </form>
      {state.message && !state.ok && <Alert tone="error">{state.message}</Alert>}
      {link && state.ok && (
        <Alert tone="success" title="Invitation link created">
          <p className="mb-2">
            Send it to one instructor. It works once, until <LocalTime iso={state.expiresAt} />, and is shown only now.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              aria-label="Invitation link"
              className="break-all rounded bg-white px-2 py-1 font-mono text-slate-900"
            >
              {link}
            </code>
            <CopyButton text={link} label="Copy link" />
          </div>
        </Alert>
      )}
    </div>
  );
}
