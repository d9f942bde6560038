/** The editor's home is the events list, also at /editor/events. */
export { default, metadata } from "./events/page";
