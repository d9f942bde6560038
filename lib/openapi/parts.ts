import { z } from "zod";

/** Pieces every OpenAPI operation is built from. */

export type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) for one zod schema, without the `$schema` line. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
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

export const problemSchema: JsonSchema = {
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

export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

export const cacheHeaders = {
  ETag: { description: "Hash of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { description: "public, max-age=60", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "*", schema: { type: "string" } },
};

export const ifNoneMatch = {
  name: "If-None-Match",
  in: "header",
  required: false,
  description: "An ETag from an earlier response: 304 when unchanged.",
  schema: { type: "string" },
};
