import { compareEndpoints } from "@/lib/api/catalog";
import { cacheHeaders, ifNoneMatch, type JsonSchema, jsonSchema, problem, queryParameters } from "./parts";

const { matrix, cell } = compareEndpoints;
const required = new Set(["party", "topic", "a"]);

/** The comparison endpoints' paths, from the same schemas the handlers parse and check their output with. */
export function comparePaths(withMeta: (schema: JsonSchema) => JsonSchema): Record<string, unknown> {
  return {
    [matrix.path]: {
      get: {
        tags: ["Compare"],
        operationId: "compare",
        summary: "Positions as of one or two dates",
        description: matrix.description,
        parameters: [...queryParameters(matrix.query), ifNoneMatch],
        responses: {
          "200": {
            description: "One row per party × topic.",
            headers: cacheHeaders,
            content: { "application/json": { schema: withMeta({ type: "object" }) } },
          },
          "304": { description: "Not modified (If-None-Match matched)." },
          "422": problem("A parameter is not valid."),
        },
      },
    },
    [cell.path]: {
      get: {
        tags: ["Compare"],
        operationId: "getCompareCell",
        summary: "The statements behind one cell",
        description: cell.description,
        parameters: [
          ...queryParameters(cell.query).map((p) => (required.has(p.name) ? { ...p, required: true } : p)),
          ifNoneMatch,
        ],
        responses: {
          "200": {
            description: "The cell's statements.",
            headers: cacheHeaders,
            content: {
              "application/json": { schema: withMeta({ $ref: "#/components/schemas/CompareCell" }) },
            },
          },
          "304": { description: "Not modified (If-None-Match matched)." },
          "404": problem("No published party or topic with this slug, or nothing stated on either date."),
          "422": problem("A parameter is not valid."),
        },
      },
    },
  };
}

export function compareSchemas(): Record<string, JsonSchema> {
  return { CompareCell: jsonSchema(cell.response, "output") };
}
