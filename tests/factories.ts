// Shared test data. Demo accounts live with the product in prisma/demo/ (tests may import them from there).
let counter = 0;
/** A unique email per call, so tests can run in parallel against one database. */
export function uniqueEmail(prefix = "user"): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@test.school`;
}
