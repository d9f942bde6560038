import { sourceInput } from "@/lib/validation/sources";
import { type JsonSchema, jsonSchema, problem } from "./parts";

/** Problems every write can answer: the order is JSON, then validation, then the token. */
const writeProblems = {
  400: problem("The body is not JSON."),
  401: problem("No token, or a token that is unknown or revoked. Session cookies are not accepted."),
  403: problem("The token's account may not do this."),
  422: problem("The body does not pass validation; `errors` lists the messages per field."),
};

const conflictProblem = problem(
  "Stale `version`: the body also carries `currentVersion` and `current`, the row as it is now.",
);

const keyParameter = {
  name: "key",
  in: "path",
  required: true,
  description: "The event's slug or id (uuid).",
  schema: { type: "string" },
};

function writeOperation(
  tag: string,
  summary: string,
  body: JsonSchema | null,
  responses: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    tags: [tag],
    summary,
    security: [{ bearerToken: [] }],
    ...extra,
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: body } } } } : {}),
    responses: { ...responses, ...writeProblems },
  };
}

/** The write operations (bearer token), added to the read paths they share. */
export function writePaths(paths: Record<string, Record<string, unknown>>) {
  const event = { $ref: "#/components/schemas/EventInput" };
  const saved = (description: string) => ({
    description,
    content: {
      "application/json": { schema: { type: "object", description: "The saved row with its links." } },
    },
  });
  paths["/api/v1/events"] = {
    ...paths["/api/v1/events"],
    post: writeOperation("Events", "Create an event (revision 1)", event, { 201: saved("Created.") }),
  };
  paths["/api/v1/events/{key}"] = {
    ...paths["/api/v1/events/{key}"],
    patch: writeOperation(
      "Events",
      "Replace an event's content, naming the version it was edited from",
      { allOf: [event, { $ref: "#/components/schemas/VersionRef" }] },
      { 200: saved("Saved as the next version."), 404: problem("No such event."), 409: conflictProblem },
      { parameters: [keyParameter] },
    ),
    delete: writeOperation(
      "Events",
      "Soft-delete an event (it keeps its history)",
      { $ref: "#/components/schemas/VersionRef" },
      { 200: saved("Deleted."), 404: problem("No such event."), 409: conflictProblem },
      { parameters: [keyParameter] },
    ),
  };
  paths["/api/v1/sources"] = {
    ...paths["/api/v1/sources"],
    post: writeOperation("Sources", "Create a source", jsonSchema(sourceInput, "input"), {
      201: saved("Created."),
      409: problem("A source with this URL exists; `existing` names it."),
    }),
  };
}
