import { startTransition } from "react";

/**
 * An onSubmit handler that runs a form action without React's automatic reset of uncontrolled fields, so
 * what the user typed stays when the server answers with an error.
 */
export function keepInputOnSubmit(formAction: (data: FormData) => void) {
  return (e: { preventDefault: () => void; currentTarget: HTMLFormElement }) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
}
