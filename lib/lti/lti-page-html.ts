// The few pages the LTI endpoints answer with themselves: they are shown inside the LMS's iframe, where the
// app's own pages (frame-ancestors 'none') cannot be.
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string, script = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Passage</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1c1917}
h1{font-size:1.4rem}a.button{display:inline-block;background:#1d4ed8;color:#fff;padding:.6rem 1rem;border-radius:.4rem;text-decoration:none}
a.button:focus{outline:3px solid #93c5fd}</style></head>
<body><main><h1>${escape(title)}</h1>${body}</main>${script ? `<script>${script}</script>` : ""}</body></html>`;
}

/** A refused launch: says what went wrong and what to do; nothing was changed. */
export function refusalPage(message: string): string {
  return page(
    "Passage could not open this link",
    `<p role="alert">${escape(message)}</p><p>Nothing was changed. Go back to your course and open the link again; if it keeps failing, tell whoever runs your LMS.</p>`,
  );
}

/** A validated launch whose browser cannot keep the sign-in where it is (an LMS iframe, or cookies refused):
 *  continue in a new top-level window with a one-time link. It never continues by itself and names the account,
 *  so a launch someone else's LMS session made (login CSRF) does not sign a person in unnoticed. */
export function handoffPage(continueUrl: string, name: string): string {
  const url = escape(continueUrl);
  return page(
    "Open Passage",
    `<p>Your browser does not let Passage sign you in inside this page. Open it in its own window to continue as <strong>${escape(name)}</strong>.</p>
<p><a class="button" id="open" href="${url}" target="_blank" rel="noopener">Open Passage in a new window</a></p>
<p><small>The link works once, for the next two minutes. Not you? Close this and open the link from your own LMS account.</small></p>`,
    // Not framed (cookies refused altogether): continue in this window, after the same click.
    `if (window.top === window.self) { var a = document.getElementById("open"); a.target = "_self"; a.textContent = "Continue to Passage"; }`,
  );
}

/** The Deep Linking response: a form that posts the signed JWT to the LMS's return URL by itself (a button
 *  without script). */
export function deepLinkReturnPage(returnUrl: string, jwt: string, title: string): string {
  return page(
    "Adding the activity to your course",
    `<p>Passage is sending <strong>${escape(title)}</strong> back to your LMS.</p>
<form id="f" method="post" action="${escape(returnUrl)}"><input type="hidden" name="JWT" value="${escape(jwt)}">
<button class="button" type="submit">Continue to your LMS</button></form>`,
    `document.getElementById("f").submit();`,
  );
}

/** Signed in, but the link has nothing to show yet (a student on a link no assignment was chosen for). */
export function noticePage(title: string, message: string, link: { href: string; label: string }): string {
  return page(
    title,
    `<p>${escape(message)}</p><p><a class="button" href="${escape(link.href)}">${escape(link.label)}</a></p>`,
  );
}
