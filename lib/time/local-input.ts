/** A UTC instant as a datetime-local input's value in this browser's time zone ("" for none). Browser only. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Turns each `<name>Local` datetime-local field of a form (typed in this browser's time zone) into `<name>` as a UTC
 * ISO instant ("" when empty), which the server actions read. Browser only.
 */
export function setUtcFromLocalInputs(form: FormData, names: readonly string[]): FormData {
  for (const name of names) {
    const local = String(form.get(`${name}Local`) ?? "");
    form.set(name, local ? new Date(local).toISOString() : "");
  }
  return form;
}
