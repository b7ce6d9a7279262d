// The demo instructor, students and class that the seed creates (content/demo-accounts.json, typed with roles).
import demo from "../../content/demo-accounts.json";

export const DEMO_PASSWORD = demo.password;
export const DEMO_INSTRUCTOR = { ...demo.instructor, role: "INSTRUCTOR" as const };
export const DEMO_STUDENTS = demo.students.map((s) => ({ ...s, role: "STUDENT" as const }));
export const DEMO_CLASS = demo.class;
