// The largest question-bank file one import takes: a realistic bank (a QTI package with images, a large Moodle
// export) fits. Its own module so the import form can check it before sending without bundling the unzipper.
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const mb = (bytes: number) => bytes / 1024 / 1024;

/** What a teacher reads when a file is over the limit (the form says it before sending, the route after). */
export function tooLargeMessage(bytes?: number): string {
  const size = bytes === undefined ? `over ${mb(MAX_UPLOAD_BYTES)} MB` : `${mb(bytes).toFixed(1)} MB`;
  return `This file is ${size}; the most one import takes is ${mb(MAX_UPLOAD_BYTES)} MB. Export fewer questions at a time, or leave out large images.`;
}
