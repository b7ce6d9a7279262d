// The autosave endpoint; its code is in server/autosave/ (see autosave-handler.ts there).
export { autosaveHandler as default } from "@/server/autosave/autosave-handler";

// The body is read by readNodeJson, with the app's size limit and messages. Next reads this from this file.
export const config = { api: { bodyParser: false } };
