"use client";
import { useState } from "react";
import { Button } from "../ui/button";

/** Copies text (a join code or link) and says so; falls back to selecting it when the clipboard is refused. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        {state === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied"
          ? `${label}: copied`
          : state === "failed"
            ? "Copying is blocked here: select the text and copy it."
            : ""}
      </span>
    </>
  );
}
