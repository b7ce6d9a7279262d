/** The largest roster CSV accepted (tens of thousands of rows fit; it stays under the server-action body limit). */
export const MAX_ROSTER_BYTES = 512 * 1024;
