/** When an assignment takes answers, in words ("Closes 12 Dec, 14:00" etc.). Dates render in UTC on the server. */
export function windowLabel(a: { opensAt: Date | null; closesAt: Date | null }, now = new Date()): string {
  const fmt = (d: Date) => d.toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) + " UTC";
  if (a.opensAt && now < a.opensAt) return `Opens ${fmt(a.opensAt)}`;
  if (a.closesAt && now >= a.closesAt) return `Closed ${fmt(a.closesAt)}`;
  if (a.closesAt) return `Due ${fmt(a.closesAt)}`;
  return "Open, no deadline";
}
