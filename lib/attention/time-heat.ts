// The reading heatmap's scale: each paragraph shaded by its share of the most-read paragraph's total time. Blues,
// so it is not mistaken for the misunderstanding layer's reds; all light enough for dark text. Pure.

export const TIME_STEPS = [
  { upTo: 0.2, color: "#eff6ff", label: "under 20% of the most-read paragraph" },
  { upTo: 0.4, color: "#dbeafe", label: "20–39%" },
  { upTo: 0.6, color: "#bfdbfe", label: "40–59%" },
  { upTo: 0.8, color: "#93c5fd", label: "60–79%" },
  { upTo: Infinity, color: "#60a5fa", label: "80% or more" },
] as const;

export function timeColor(share: number): string {
  return (TIME_STEPS.find((s) => share < s.upTo) ?? TIME_STEPS[4]).color;
}

/** "45 s", "3 min 20 s", "1 h 5 min": a duration as a person reads it. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}
