import type { FormEvent } from "react";

/**
 * A submit handler for forms that may open inside another form's dialog: React
 * events bubble through portals, so without this the outer form would submit too.
 */
export function isolatedSubmit(submit: (event: FormEvent<HTMLFormElement>) => Promise<void>) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    return submit(event);
  };
}
