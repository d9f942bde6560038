import { partyKinds } from "./directory";
import { eventFormats, eventKinds, eventPersonRoles, eventStatuses, participantRoles } from "./events";
import { positionKinds, stances } from "./positions";
import { processPartyRoles, processStatuses } from "./processes";
import { datePrecisions, publicationStates, revisionEntities } from "./records";

/** Every closed vocabulary by name, in the order the codebook lists them (the export validates and documents them). */
export const vocabularies = {
  partyKinds,
  processStatuses,
  processPartyRoles,
  eventKinds,
  eventStatuses,
  eventFormats,
  datePrecisions,
  participantRoles,
  eventPersonRoles,
  positionKinds,
  stances,
  publicationStates,
  revisionEntities,
} as const;
