// The few pages the LTI endpoints answer with themselves: they are shown inside the LMS's iframe, where the
// app's own pages (frame-ancestors 'none') cannot be.
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string, script = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Passage</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1c1917}
h1{font-size:1.4rem}.button{display:inline-block;background:#1d4ed8;color:#fff;padding:.6rem 1rem;border-radius:.4rem;text-decoration:none;border:0;font:inherit;cursor:pointer}
.button:focus{outline:3px solid #93c5fd}</style></head>
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

/** LTI Dynamic Registration's message to the LMS that opened the registration (§3.7): close the frame or window. */
const CLOSE_REGISTRATION = `var m = { subject: "org.imsglobal.lti.close" };
try { if (window.opener && window.opener.parent) window.opener.parent.postMessage(m, "*"); } catch (e) {}
if (window.parent !== window) window.parent.postMessage(m, "*");`;

/** Dynamic Registration, opened by an LMS. `open`: anyone may register (LTI_DYNAMIC_REGISTRATION=open): a form that
 *  registers here. Otherwise an admin of Passage continues in a window of its own, where they are signed in. */
export function registrationStartPage(opts: {
  lmsHost: string;
  open: boolean;
  continueUrl: string;
  form: { openid_configuration: string; registration_token: string };
}): string {
  const host = escape(opts.lmsHost);
  if (opts.open)
    return page(
      "Register this LMS with Passage",
      `<p>The LMS at <strong>${host}</strong> asks to use Passage. Passage will register with it and keep it turned off until an admin of Passage turns it on.</p>
<form method="post" action="/api/lti/register">${Object.entries(opts.form)
        .map(([k, v]) => `<input type="hidden" name="${k}" value="${escape(v)}">`)
        .join("")}
<button class="button" type="submit">Register with Passage</button></form>`,
    );
  return page(
    "Register this LMS with Passage",
    `<p>The LMS at <strong>${host}</strong> asks to use Passage. An admin of Passage registers an LMS: continue in a new window, where you can sign in as one.</p>
<p><a class="button" id="open" href="${escape(opts.continueUrl)}" target="_blank" rel="opener">Continue in a new window</a></p>`,
    `if (window.top === window.self) { var a = document.getElementById("open"); a.target = "_self"; a.textContent = "Continue"; }`,
  );
}

/** The end of a Dynamic Registration: what was registered, and the close message to the LMS. */
export function registrationDonePage(name: string, enabled: boolean): string {
  return page(
    "Passage is registered",
    `<p role="status">Registered with <strong>${escape(name)}</strong>. ${
      enabled
        ? "Courses can launch Passage now."
        : "It stays turned off until an admin of Passage turns it on (LMS connections page)."
    }</p><p>You can close this window.</p>`,
    CLOSE_REGISTRATION,
  );
}

/** A registration that did not happen, and why. */
export function registrationErrorPage(message: string): string {
  return page(
    "Passage is not registered",
    `<p role="alert">${escape(message)}</p><p>Nothing was stored in Passage. Start the registration again from your LMS.</p>`,
  );
}
