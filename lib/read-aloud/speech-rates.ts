// Read-aloud (issue 20): the speeds offered and how the keyboard steps through them.

export const SPEECH_RATES = [0.75, 1, 1.25, 1.5] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

/** "0.75×", "1×", "1.25×" */
export const rateLabel = (r: number) => `${r}×`;

/** The next speed up (+1) or down (-1), staying within the offered range. */
export function stepRate(r: SpeechRate, step: 1 | -1): SpeechRate {
  const i = SPEECH_RATES.indexOf(r);
  return SPEECH_RATES[Math.min(SPEECH_RATES.length - 1, Math.max(0, i + step))]!;
}

/** The documented keyboard shortcuts, active while focus is in the read-aloud controls (WCAG 2.1.4). */
export const READ_ALOUD_KEYS: { key: string; what: string }[] = [
  { key: "K", what: "listen / pause / resume" },
  { key: "J", what: "previous sentence" },
  { key: "L", what: "next sentence" },
  { key: "+ / −", what: "faster / slower" },
  { key: "Esc", what: "stop" },
];

/** What a key press in the controls asks for, or null for a key the controls leave alone. */
export function readAloudCommand(key: string): "toggle" | "back" | "forward" | "faster" | "slower" | "stop" | null {
  switch (key) {
    case "k":
    case "K":
      return "toggle";
    case "j":
    case "J":
      return "back";
    case "l":
    case "L":
      return "forward";
    case "+":
    case "=":
      return "faster";
    case "-":
    case "_":
      return "slower";
    case "Escape":
      return "stop";
    default:
      return null;
  }
}
