/** The domain of the e-mail an account made by an LMS gets (it must have one, but an LMS's assertion of a real
 *  address is not trusted: server/lti/lti-account.ts). `.invalid` is reserved (RFC 2606): it never delivers. */
export const LTI_EMAIL_DOMAIN = "lti.invalid";

/** The address to show for an account: none for an LMS account's placeholder, which means nothing to a person. */
export function shownEmail(email: string): string | null {
  return email.endsWith(`@${LTI_EMAIL_DOMAIN}`) ? null : email;
}
