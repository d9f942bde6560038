import { z } from "zod";
import { datePrecisions, eventKinds, eventStatuses, publicationStates } from "@/lib/domain";

/*
 * Vocabulary fields that several input schemas share, with the default and the
 * message a form shows, so each is stated once.
 */

/** A row's publication state in a write; a new row starts as a draft. */
export const publication = z.enum(publicationStates).default("draft");
/** How precisely a date is known; left out, to the day. */
export const datePrecision = z.enum(datePrecisions).default("day");
/** An event's kind and status, as the event form and the article import ask for them. */
export const eventKind = z.enum(eventKinds, "Choose a kind");
export const eventStatus = z.enum(eventStatuses, "Choose a status");
