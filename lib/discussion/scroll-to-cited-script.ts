// The one inline script the app renders itself: in the server's HTML it scrolls the essay panel (the script's
// previous sibling) to its first cited passage before the first paint. Next puts the request's nonce on its own
// scripts only, so the page policy allows this one by its hash (lib/security-headers.ts); the test beside this
// file keeps the hash in step with the text.
export const SCROLL_TO_CITED =
  "(function(b){var t=b&&b.querySelector('[data-cited]');if(t)b.scrollTop=t.offsetTop-b.offsetTop-40})(document.currentScript.previousElementSibling)";

/** CSP source for SCROLL_TO_CITED: 'sha256-' and the base64 SHA-256 of its exact text. */
export const SCROLL_TO_CITED_HASH = "'sha256-iOBbrkkvtzAo3ZYpRxFnjpRtqSjsO+uWnpX5EdioBBE='";
