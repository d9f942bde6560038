export * from "./api-tokens";
export * from "./auth";
export * from "./directory";
export * from "./events";
export * from "./positions";
export * from "./processes";
export * from "./revisions";
export * from "./sources";
