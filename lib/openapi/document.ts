import type { z } from "zod";
import { type Resource, resources } from "@/lib/api/catalog";
import { apiMetaSchema } from "@/lib/api/meta";
import { feedQuerySchema } from "@/lib/feeds/feed-query";
import { editedVersion } from "@/lib/validation/api-write";
import { eventInput } from "@/lib/validation/events";
import { comparePaths, compareSchemas } from "./compare-paths";
import {
  cacheHeaders,
  ifNoneMatch,
  type JsonSchema,
  jsonSchema,
  problem,
  problemSchema,
  queryParameters,
} from "./parts";
import { timelinePaths, timelineSchemas } from "./timeline-paths";
import { writePaths } from "./write-paths";

export type { QueryParameter } from "./parts";

const metaRef = { $ref: "#/components/schemas/Meta" };
/** A row's schema with the `meta` every data response adds beside its own keys. */
const withMeta = (schema: JsonSchema): JsonSchema => ({
  allOf: [schema, { type: "object", properties: { meta: metaRef }, required: ["meta"] }],
});

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
                meta: metaRef,
              },
              required: ["data", "next", "meta"],
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
        content: {
          "application/json": { schema: withMeta({ $ref: `#/components/schemas/${r.componentName}` }) },
        },
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
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, unknown> = {};
  for (const r of resources) {
    paths[`/api/v1/${r.name}`] = { get: listOperation(r) };
    paths[`/api/v1/${r.name}/{key}`] = { get: itemOperation(r) };
  }
  Object.assign(paths, comparePaths(withMeta));
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
  Object.assign(paths, timelinePaths());
  writePaths(paths as Record<string, Record<string, unknown>>);
  const schemas: Record<string, JsonSchema> = {
    Problem: problemSchema,
    EventInput: jsonSchema(eventInput, "input"),
    VersionRef: jsonSchema(editedVersion, "input"),
    Meta: jsonSchema(apiMetaSchema, "output"),
  };
  for (const r of resources) schemas[r.componentName] = jsonSchema(r.item, "output");
  Object.assign(schemas, timelineSchemas(), compareSchemas());
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley public API",
      version: "1.0.0",
      summary: "Events, positions, parties, people, topics and sources of peace talks, each tied to sources.",
      description:
        "Reads are open: no key needed, CORS allowed from any origin. Writes (POST, PATCH, DELETE) need an editor's personal token as `Authorization: Bearer …`; cookies are not accepted for them. Only published rows appear. Lists are paged with an opaque `cursor` (`next` holds the following page's URL). Responses carry an ETag: send it back as If-None-Match to get a 304 when nothing changed. Every data response names the data's licence in a `Link` header (`rel=license`) and again in its body's `meta` (licence, a ready citation with the permalink, the day retrieved and the data set's version). Errors are RFC 9457 problem details.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      ...resources.map((r) => ({ name: r.title, description: r.description })),
      { name: "Compare", description: "Positions as of dates, by the as-of rule." },
      { name: "Timeline", description: "What the interactive timeline draws: windows and item details." },
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
