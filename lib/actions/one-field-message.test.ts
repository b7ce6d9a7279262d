import { describe, expect, it } from "vitest";
import { oneFieldMessage } from "./one-field-message";

describe("oneFieldMessage", () => {
  const refusal = {
    ok: false as const,
    message: "No class has that join code. Check it with your instructor and try again.",
    fieldErrors: { code: "No class has that join code." },
  };

  it("shows a refusal about the field once, under the field, in its fuller words", () => {
    expect(oneFieldMessage(refusal, "code")).toEqual({ fieldError: refusal.message });
  });

  it("shows it in the alert when the field is not on the page (a join link carries the code)", () => {
    expect(oneFieldMessage(refusal, "code", false)).toEqual({ alert: refusal.message });
  });

  it("keeps a refusal about something else in the alert", () => {
    expect(oneFieldMessage({ ok: false, message: "Only student accounts can join a class." }, "code")).toEqual({
      alert: "Only student accounts can join a class.",
    });
    expect(oneFieldMessage({ ok: false }, "code")).toEqual({ alert: undefined });
  });
});
