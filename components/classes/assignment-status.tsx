import { LocalTime } from "../ui/local-time";

/** When an assignment takes answers, in words ("Due 12 Dec, 14:00 GMT+1" etc.), in the reader's time zone. */
export function WindowLabel({ a, now = new Date() }: { a: { opensAt: Date | null; closesAt: Date | null }; now?: Date }) {
  if (a.opensAt && now < a.opensAt)
    return (
      <>
        Opens <LocalTime iso={a.opensAt.toISOString()} />
      </>
    );
  if (a.closesAt && now >= a.closesAt)
    return (
      <>
        Closed <LocalTime iso={a.closesAt.toISOString()} />
      </>
    );
  if (a.closesAt)
    return (
      <>
        Due <LocalTime iso={a.closesAt.toISOString()} />
      </>
    );
  return <>Open, no deadline</>;
}
