// Who may choose the instructor role at sign-up (INSTRUCTOR_SIGNUP). Instructors can read every built-in
// answer key, so outside the demo the role is by invitation. An invitation link works under every policy.

export type InstructorSignupPolicy = { kind: "open" } | { kind: "invite" } | { kind: "domain"; domains: string[] };

const USAGE =
  'INSTRUCTOR_SIGNUP must be "open", "invite" or "domain:" and a comma-separated list, like domain:a.edu,b.edu';

/** The policy from INSTRUCTOR_SIGNUP; unset means "open" in the demo and "invite" everywhere else. */
export function parseInstructorSignup(value: string | undefined, demo: boolean): InstructorSignupPolicy {
  const v = value?.trim().toLowerCase() ?? "";
  if (v === "") return demo ? { kind: "open" } : { kind: "invite" };
  if (v === "open" || v === "invite") return { kind: v };
  if (v.startsWith("domain:")) {
    const domains = v
      .slice("domain:".length)
      .split(",")
      .map((d) => d.trim().replace(/^@/, ""))
      .filter(Boolean);
    if (domains.length > 0 && domains.every((d) => /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(d)))
      return { kind: "domain", domains };
  }
  throw new Error(`${USAGE} (it is "${value}").`);
}

/** Whether an address may choose the instructor role without an invitation (the exact domain, no subdomains). */
export function mayChooseInstructor(policy: InstructorSignupPolicy, email: string): boolean {
  if (policy.kind === "open") return true;
  if (policy.kind === "invite") return false;
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return policy.domains.includes(domain);
}

/** What the sign-up form says about the instructor role (a hint before, the refusal after). */
export function instructorRoleNote(policy: InstructorSignupPolicy): string | undefined {
  if (policy.kind === "open") return undefined;
  if (policy.kind === "invite")
    return "Instructor accounts need an invitation link from your Passage admin. Ask them for one, or sign up as a student.";
  const list = policy.domains.map((d) => `@${d}`);
  const where = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;
  return `Instructor accounts are for ${where} addresses. Use that address, or ask your Passage admin for an invitation link.`;
}
