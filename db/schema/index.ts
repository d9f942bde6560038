export * from "./actors";
export * from "./api-tokens";
export * from "./auth";
export * from "./enums";
export * from "./events";
export * from "./positions";
export * from "./revisions";
export * from "./sources";
