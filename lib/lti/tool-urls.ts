/** The URLs an LMS administrator pastes into the LMS when registering the tool. */
export function toolUrls(base: string) {
  const b = base.replace(/\/+$/, "");
  return {
    login: `${b}/api/lti/login`,
    launch: `${b}/api/lti/launch`,
    jwks: `${b}/api/lti/jwks`,
    /** LTI Dynamic Registration: the one URL an LMS that supports it needs */
    register: `${b}/api/lti/register`,
  };
}
