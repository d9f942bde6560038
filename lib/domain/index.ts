/**
 * The domain's closed vocabularies, their reader labels and the rules over them.
 * Client-safe (it imports only lib/dates): db/schema, zod schemas and components all
 * build on these tuples, so a value cannot be valid in one place and not another.
 */
export * from "./directory";
export * from "./event-status";
export * from "./events";
export * from "./positions";
export * from "./processes";
export * from "./records";
export * from "./timeline";
export * from "./vocabulary";
