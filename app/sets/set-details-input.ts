import { textField, textFields } from "@/server/http/action-input";
import { formInput } from "@/server/http/server-action";

/** The set-details form (create and edit): title, description and the essays the set draws on. The domain
 *  functions check them (and answer with field errors). */
export const setDetailsForm = formInput((f) => ({
  title: textField(f, "title"),
  description: textField(f, "description"),
  essayIds: textFields(f, "essayIds"),
}));
