"use client";
import { useState, useTransition } from "react";
import { ConfirmDialog } from "../quiz/confirm-dialog";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export function RemoveStudentButton({
  name,
  action,
}: {
  name: string;
  action: () => Promise<{ ok: boolean; message?: string }>;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button
        variant="ghost"
        className="text-red-700"
        onClick={() => setOpen(true)}
        aria-label={`Remove ${name} from the class`}
      >
        Remove
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
      <ConfirmDialog
        open={open}
        title={`Remove ${name}?`}
        confirmLabel="Remove student"
        tone="danger"
        busy={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          start(async () => {
            const r = await action();
            setOpen(false);
            setError(r.ok ? null : (r.message ?? "Could not remove the student. Try again."));
          })
        }
      >
        They will no longer see this class or its assignments. Their submitted work stays in your records. They can
        rejoin with the join code.
      </ConfirmDialog>
    </>
  );
}
