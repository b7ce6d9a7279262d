import { LocalTime } from "../ui/local-time";

/** When an assignment takes answers, in words ("Due 12 Dec, 14:00 GMT+1" etc.), in the reader's time zone. */
export function WindowLabel({
  a,
  now = new Date(),
}: {
  a: { opensAt: Date | null; closesAt: Date | null };
  now?: Date;
}) {
  const [word, at] =
    a.opensAt && now < a.opensAt
      ? ["Opens", a.opensAt]
      : a.closesAt
        ? [now >= a.closesAt ? "Closed" : "Due", a.closesAt]
        : [null, null];
  if (!at) return <>Open, no deadline</>;
  return (
    <>
      {word} <LocalTime iso={at.toISOString()} />
    </>
  );
}
