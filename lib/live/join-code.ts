// Join codes students type on a phone: six digits (numeric keypad), no look-alike letters to confuse.
export const JOIN_CODE_LENGTH = 6;

/** A random code from a random integer source (the server passes crypto.randomInt). */
export function makeJoinCode(randomInt: (max: number) => number): string {
  return String(randomInt(10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, "0");
}

/** Accepts what people type ("123 456", "123-456"); null when it cannot be a code. */
export function normalizeJoinCode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${JOIN_CODE_LENGTH}}$`).test(digits) ? digits : null;
}

/** "123 456": easier to read from the back of a room. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** A class's join code (letters and digits, e.g. "DEMO42") typed where a live session's six digits go. */
export function looksLikeClassCode(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, "");
  return /^[A-Za-z0-9]{4,12}$/.test(s) && /[A-Za-z]/.test(s);
}
