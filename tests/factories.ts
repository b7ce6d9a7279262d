// Shared test and demo data, used by prisma/seed.ts and by the tests alike.
import demo from "../content/demo-accounts.json";

export const DEMO_PASSWORD = demo.password;
export const DEMO_INSTRUCTOR = { ...demo.instructor, role: "INSTRUCTOR" as const };
export const DEMO_STUDENTS = demo.students.map((s) => ({ ...s, role: "STUDENT" as const }));
export const DEMO_CLASS = demo.class;

let counter = 0;
/** A unique email per call, so tests can run in parallel against one database. */
export function uniqueEmail(prefix = "user"): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@test.school`;
}
