import { describe, expect, it } from "vitest";
import { setUtcFromLocalInputs, toLocalInput } from "./local-input";

describe("datetime-local fields and UTC", () => {
  it("sends each typed local time as the UTC instant it means, and an empty field as empty", () => {
    const form = new FormData();
    form.set("opensAtLocal", "2031-06-15T17:00");
    form.set("closesAtLocal", "");
    setUtcFromLocalInputs(form, ["opensAt", "closesAt"]);
    const opens = new Date(String(form.get("opensAt")));
    expect(String(form.get("opensAt"))).toMatch(/Z$/);
    expect([opens.getFullYear(), opens.getMonth(), opens.getDate(), opens.getHours(), opens.getMinutes()]).toEqual([
      2031, 5, 15, 17, 0,
    ]);
    expect(form.get("closesAt")).toBe("");
    // and back: the edit form shows what was typed
    expect(toLocalInput(String(form.get("opensAt")))).toBe("2031-06-15T17:00");
  });
});
