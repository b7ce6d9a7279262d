"use client";
import { useState, useTransition } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Turns launches from one LMS off or on again. */
export function PlatformEnabledButton({
  name,
  enabled,
  action,
}: {
  name: string;
  enabled: boolean;
  action: () => Promise<{ ok: boolean; message?: string }>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={`${enabled ? "Disable" : "Enable"} launches from ${name}`}
        onClick={() =>
          start(async () => {
            const r = await action();
            setError(r.ok ? null : (r.message ?? "Could not change this LMS. Try again."));
          })
        }
      >
        {enabled ? "Disable" : "Enable"}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </>
  );
}
