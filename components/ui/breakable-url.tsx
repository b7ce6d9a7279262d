import { Fragment } from "react";

/** A URL that wraps after its slashes ("https://passage.school.edu/" then "join/DEMO42"), and only mid-part when
 *  a part is longer than the line: `break-all` broke it anywhere, "…:350" then "0/join/…". */
export function BreakableUrl({ url, className = "" }: { url: string; className?: string }) {
  return (
    <span className={`font-mono [overflow-wrap:anywhere] ${className}`}>
      {url.split(/(?<=\/)(?!\/)/).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
