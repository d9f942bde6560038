import type {
  EntryActions,
  EventActions,
  PositionActions,
  SourceActions,
} from "@/components/forms/form-actions";
import { createEntryAction, publishEntryAction, updateEntryAction } from "./directory/actions";
import { createEventAction, updateEventAction } from "./events/actions";
import { createPositionAction, updatePositionAction } from "./positions/actions";
import { createSourceAction, findSourceByUrlAction, updateSourceAction } from "./sources/actions";

/** What the editor pages hand their forms: the server actions, typed by what the forms expect. */
export const entryActions = {
  create: createEntryAction,
  update: updateEntryAction,
  publish: publishEntryAction,
} satisfies EntryActions;

export const sourceActions = {
  create: createSourceAction,
  update: updateSourceAction,
  findByUrl: findSourceByUrlAction,
} satisfies SourceActions;

export const eventActions = {
  create: createEventAction,
  update: updateEventAction,
  entry: entryActions,
  source: sourceActions,
} satisfies EventActions;

export const positionActions = {
  create: createPositionAction,
  update: updatePositionAction,
  entry: entryActions,
  source: sourceActions,
} satisfies PositionActions;
