// LTI context roles (LIS vocabulary, LTI Core 1.3 appendix A.2). Institution and system roles say nothing about
// this course (a faculty member may take a course as a learner), so only membership roles count.
const MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
const TEACHING = ["Instructor", "Administrator", "ContentDeveloper"];

function contextRole(uri: string): { role: string; sub?: string } | null {
  // LTI 1.3 deprecates the short forms ("Instructor") but platforms still send them.
  if (!uri.includes(":")) return { role: uri };
  if (uri.startsWith(`${MEMBERSHIP}#`)) return { role: uri.slice(MEMBERSHIP.length + 1) };
  const sub = /^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership\/(\w+)#(\w+)$/.exec(uri);
  return sub ? { role: sub[1]!, sub: sub[2]! } : null;
}

/** Instructor when any membership role teaches (a teaching assistant is an Instructor sub-role), student when
 *  the person is a Learner, else null (a mentor or a guest has no place in a class yet). */
export function passageRole(roles: readonly string[]): "INSTRUCTOR" | "STUDENT" | null {
  const parsed = roles.map(contextRole).filter((r) => r !== null);
  if (parsed.some((r) => TEACHING.includes(r.role))) return "INSTRUCTOR";
  if (parsed.some((r) => r.role === "Learner")) return "STUDENT";
  return null;
}
