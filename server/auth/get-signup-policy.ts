import "server-only";
import { parseInstructorSignup, type InstructorSignupPolicy } from "@/lib/auth/instructor-signup-policy";
import { env } from "../env";

/** The deployment's INSTRUCTOR_SIGNUP (an unreadable value fails loudly rather than opening sign-up). */
export function getSignupPolicy(): InstructorSignupPolicy {
  const { INSTRUCTOR_SIGNUP, DEMO_DATA } = env();
  return parseInstructorSignup(INSTRUCTOR_SIGNUP, DEMO_DATA === "1");
}
