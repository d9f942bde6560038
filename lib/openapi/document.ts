import { z } from "zod";
import { type Resource, resources } from "@/lib/api/catalog";
import { feedQuerySchema } from "@/lib/feeds/feed-query";
import { versionRef } from "@/lib/validation/api-write";
import { compareLimits, compareQuerySchema } from "@/lib/validation/compare";
import { eventInput } from "@/lib/validation/events";
import { sourceInput } from "@/lib/validation/sources";

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) for one zod schema, without the `$schema` line. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return rest;
}

export type QueryParameter = {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  example?: unknown;
  schema: JsonSchema;
};

/** One OpenAPI parameter per field of a query schema, with the description and example from `.meta()`. */
export function queryParameters(query: z.ZodObject): QueryParameter[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const { description, example, ...schema } = jsonSchema(field as z.ZodType, "input");
    return {
      name,
      in: "query" as const,
      required: false,
      ...(typeof description === "string" ? { description } : {}),
      ...(example === undefined ? {} : { example }),
      schema,
    };
  });
}

const problemSchema: JsonSchema = {
  type: "object",
  description: "RFC 9457 problem details. `errors` maps each invalid parameter to its messages.",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
  },
  required: ["type", "title", "status"],
};

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const cacheHeaders = {
  ETag: { description: "Hash of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { description: "public, max-age=60", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "*", schema: { type: "string" } },
};

const ifNoneMatch = {
  name: "If-None-Match",
  in: "header",
  required: false,
  description: "An ETag from an earlier response: 304 when unchanged.",
  schema: { type: "string" },
};

function listOperation(r: Resource) {
  return {
    tags: [r.title],
    operationId: `list${r.title}`,
    summary: `List ${r.title.toLowerCase()}`,
    description: r.description,
    parameters: [...queryParameters(r.query), ifNoneMatch],
    responses: {
      "200": {
        description: `One page of ${r.title.toLowerCase()}; \`next\` is the URL of the following page, null on the last.`,
        headers: cacheHeaders,
        content: {
          "application/json": {
            schema: {
              type: "object",
              properties: {
                data: { type: "array", items: { $ref: `#/components/schemas/${r.componentName}` } },
                next: { type: ["string", "null"], format: "uri" },
              },
              required: ["data", "next"],
            },
          },
        },
      },
      "304": { description: "Not modified (If-None-Match matched)." },
      "422": problem("A parameter is not valid."),
    },
  };
}

function itemOperation(r: Resource) {
  const { description: _d, ...keySchema } = jsonSchema(r.key.schema, "input");
  return {
    tags: [r.title],
    operationId: `get${r.componentName}`,
    summary: `One ${r.componentName.toLowerCase()}`,
    parameters: [
      {
        name: "key",
        in: "path",
        required: true,
        description: r.key.description,
        example: r.key.example,
        schema: keySchema,
      },
      ifNoneMatch,
    ],
    responses: {
      "200": {
        description: `The published ${r.componentName.toLowerCase()}.`,
        headers: cacheHeaders,
        content: { "application/json": { schema: { $ref: `#/components/schemas/${r.componentName}` } } },
      },
      "304": { description: "Not modified (If-None-Match matched)." },
      "404": problem("No published row with this key (unknown, draft or deleted)."),
      "422": problem("The key is neither a slug nor an id."),
    },
  };
}

function subscriptionOperation(id: string, summary: string, description: string, mediaType: string) {
  return {
    tags: ["Subscriptions"],
    operationId: id,
    summary,
    description,
    parameters: queryParameters(feedQuerySchema.in as z.ZodObject),
    responses: {
      "200": {
        description: summary,
        headers: cacheHeaders,
        content: { [mediaType]: { schema: { type: "string" } } },
      },
      "304": { description: "Not modified (If-None-Match matched)." },
      "422": problem("A parameter is not valid."),
    },
  };
}

/**
 * The OpenAPI 3.1 document of the public read API, generated from the same zod
 * schemas the handlers parse with and validate their output against.
 */
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

function writePaths(paths: Record<string, Record<string, unknown>>) {
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

export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, unknown> = {};
  for (const r of resources) {
    paths[`/api/v1/${r.name}`] = { get: listOperation(r) };
    paths[`/api/v1/${r.name}/{key}`] = { get: itemOperation(r) };
  }
  paths["/api/v1/compare"] = {
    get: {
      tags: ["Compare"],
      operationId: "compare",
      summary: "Positions as of one or two dates",
      description: `Each party's latest published position on each topic with stated_on on or before the date (ties: most recent edit), as of \`a\` and optionally \`b\`, with quotes and source URLs. Without \`a\`, the latest recorded talks date is used. Bounded: at most ${compareLimits.parties} parties (pick them with \`parties\`; the rest are left out) and ${compareLimits.topicsPerPage} topics per \`page\`. With \`process\`, only that process's parties, the topics its statements are about, and its statements.`,
      parameters: [...queryParameters(compareQuerySchema), ifNoneMatch],
      responses: {
        "200": {
          description: "One row per party × topic.",
          headers: cacheHeaders,
          content: { "application/json": { schema: { type: "object" } } },
        },
        "304": { description: "Not modified (If-None-Match matched)." },
        "422": problem("A parameter is not valid."),
      },
    },
  };
  paths["/feed.xml"] = {
    get: subscriptionOperation(
      "atomFeed",
      "Atom feed of events",
      "The 50 most recently published or edited events, optionally for a party, topic, kind or status.",
      "application/atom+xml",
    ),
  };
  paths["/calendar.ics"] = {
    get: subscriptionOperation(
      "calendar",
      "iCalendar of events",
      "Published events as all-day entries with stable UIDs; ?status=scheduled for upcoming talks only.",
      "text/calendar",
    ),
  };
  writePaths(paths as Record<string, Record<string, unknown>>);
  const schemas: Record<string, JsonSchema> = {
    Problem: problemSchema,
    EventInput: jsonSchema(eventInput, "input"),
    VersionRef: jsonSchema(versionRef, "input"),
  };
  for (const r of resources) schemas[r.componentName] = jsonSchema(r.item, "output");
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley public API",
      version: "1.0.0",
      summary: "Events, positions, parties, people, topics and sources of peace talks, each tied to sources.",
      description:
        "Reads are open: no key needed, CORS allowed from any origin. Writes (POST, PATCH, DELETE) need an editor's personal token as `Authorization: Bearer …`; cookies are not accepted for them. Only published rows appear. Lists are paged with an opaque `cursor` (`next` holds the following page's URL). Responses carry an ETag: send it back as If-None-Match to get a 304 when nothing changed. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      ...resources.map((r) => ({ name: r.title, description: r.description })),
      { name: "Compare", description: "Positions as of dates, by the as-of rule." },
      { name: "Subscriptions", description: "Atom and iCalendar." },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token from the editor account page. Needed only for writes.",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
