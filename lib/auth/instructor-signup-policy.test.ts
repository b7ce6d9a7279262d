import { describe, expect, it } from "vitest";
import { instructorRoleNote, mayChooseInstructor, parseInstructorSignup } from "./instructor-signup-policy";

describe("INSTRUCTOR_SIGNUP", () => {
  it("defaults to open in the demo and to invite everywhere else", () => {
    expect(parseInstructorSignup(undefined, true)).toEqual({ kind: "open" });
    expect(parseInstructorSignup(undefined, false)).toEqual({ kind: "invite" });
    expect(parseInstructorSignup("  ", false)).toEqual({ kind: "invite" });
    expect(parseInstructorSignup("invite", true)).toEqual({ kind: "invite" });
    expect(parseInstructorSignup("OPEN", false)).toEqual({ kind: "open" });
  });

  it("reads a domain list and refuses anything it cannot read", () => {
    expect(parseInstructorSignup("domain:a.edu, @B.edu", false)).toEqual({
      kind: "domain",
      domains: ["a.edu", "b.edu"],
    });
    for (const bad of ["domain:", "domain:,", "closed", "domain:not a domain", "domain:edu"])
      expect(() => parseInstructorSignup(bad, false), bad).toThrow(/INSTRUCTOR_SIGNUP must be/);
  });

  it("lets only the listed domains choose the role, exactly (no look-alikes or subdomains)", () => {
    const p = parseInstructorSignup("domain:a.edu,b.edu", false);
    expect(mayChooseInstructor(p, "t@a.edu")).toBe(true);
    expect(mayChooseInstructor(p, "T@B.EDU")).toBe(true);
    expect(mayChooseInstructor(p, "t@evil-a.edu")).toBe(false);
    expect(mayChooseInstructor(p, "t@x.a.edu")).toBe(false);
    expect(mayChooseInstructor(p, "a.edu@gmail.com")).toBe(false);
    expect(mayChooseInstructor({ kind: "invite" }, "t@a.edu")).toBe(false);
    expect(mayChooseInstructor({ kind: "open" }, "t@gmail.com")).toBe(true);
  });

  it("says what the policy asks for", () => {
    expect(instructorRoleNote({ kind: "open" })).toBeUndefined();
    expect(instructorRoleNote({ kind: "invite" })).toMatch(/invitation link/);
    expect(instructorRoleNote({ kind: "domain", domains: ["a.edu", "b.edu", "c.edu"] })).toContain(
      "@a.edu, @b.edu or @c.edu addresses",
    );
  });
});
