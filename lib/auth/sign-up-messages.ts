// Sign-up refusals the form recognises (to offer "Sign in instead" as a link, not as text).
export const EMAIL_TAKEN = "An account with this email already exists.";
