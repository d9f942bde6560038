import { timelineEndpoints } from "@/lib/api/catalog";
import { cacheHeaders, ifNoneMatch, type JsonSchema, jsonSchema, problem, queryParameters } from "./parts";

const { window, item } = timelineEndpoints;

/** The timeline endpoints' paths, from the same schemas the handlers parse and check their output with. */
export function timelinePaths(): Record<string, unknown> {
  return {
    [window.path]: {
      get: {
        tags: ["Timeline"],
        operationId: "getTimelineWindow",
        summary: "One window of the timeline",
        description: window.description,
        parameters: [
          ...queryParameters(window.query).map((p) =>
            p.name === "from" || p.name === "to" ? { ...p, required: true } : p,
          ),
          ifNoneMatch,
        ],
        responses: {
          "200": {
            description: "The window: `mode` says whether it holds items or buckets.",
            headers: cacheHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/TimelineWindow" } } },
          },
          "304": { description: "Not modified (If-None-Match matched)." },
          "422": problem("A parameter is not valid."),
        },
      },
    },
    [item.path]: {
      get: {
        tags: ["Timeline"],
        operationId: "getTimelineItem",
        summary: "One timeline item's details",
        description: item.description,
        parameters: [
          {
            name: "ref",
            in: "path",
            required: true,
            description: item.ref.description,
            example: item.ref.example,
            schema: { type: "string" },
          },
          ifNoneMatch,
        ],
        responses: {
          "200": {
            description: "The item's details.",
            headers: cacheHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/TimelineItem" } } },
          },
          "304": { description: "Not modified (If-None-Match matched)." },
          "404": problem("No published item with this ref (unknown, draft, deleted or malformed)."),
        },
      },
    },
  };
}

export function timelineSchemas(): Record<string, JsonSchema> {
  return {
    TimelineWindow: jsonSchema(window.response, "output"),
    TimelineItem: jsonSchema(item.response, "output"),
  };
}
