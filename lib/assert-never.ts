/**
 * The `default` of a switch that handles every member of a union: it does not compile while a member is
 * missing, so adding a question type points at every place that must learn about it.
 */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
