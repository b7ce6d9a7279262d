/** When an assignment takes answers, in words ("Closes 12 Dec, 14:00" etc.). Dates render in UTC on the server. */
export function windowLabel(a: { opensAt: Date | null; closesAt: Date | null }, now = new Date()): string {
  if (a.opensAt && now < a.opensAt) return `Opens ${utcLabel(a.opensAt)}`;
  if (a.closesAt && now >= a.closesAt) return `Closed ${utcLabel(a.closesAt)}`;
  if (a.closesAt) return `Due ${utcLabel(a.closesAt)}`;
  return "Open, no deadline";
}

/** "5 Dec, 17:00 UTC": an instant as every assignment page shows it. */
export function utcLabel(d: Date): string {
  return d.toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) + " UTC";
}
