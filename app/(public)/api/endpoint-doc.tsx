import { DataTable } from "@/components/data-table";
import type { QueryParameter } from "@/lib/openapi/document";

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters: (QueryParameter | { name: string; in: string })[];
  responses: Record<string, { description: string }>;
};

function typeOf(schema: Record<string, unknown>): string {
  const parts = [String(schema.type ?? "string")];
  if (schema.format) parts.push(String(schema.format));
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    parts.push(`${schema.minimum}–${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.join(", ");
}

/** One operation of the OpenAPI document as a heading, its parameters and a curl line. */
export function EndpointDoc({ path, op, curl }: { path: string; op: Operation; curl: string }) {
  // Headers (If-None-Match) are explained once in the intro, not per endpoint.
  const params = op.parameters.filter((p): p is QueryParameter => p.in === "query" || p.in === "path");
  return (
    <section aria-labelledby={op.operationId} className="mb-8">
      <h3 id={op.operationId} className="mb-1 font-mono text-base font-semibold">
        GET {path}
      </h3>
      <p className="mb-2 text-sm">
        {op.summary}
        {op.description ? `. ${op.description}` : ""}
      </p>
      {params.length > 0 ? (
        <DataTable
          caption={`Parameters of ${path}`}
          columns={["Parameter", "Type", "Meaning"]}
          className="mb-3"
          dense
        >
          {params.map((p) => (
            <tr key={p.name} className="border-b border-rule align-top">
              <td className="py-1 pr-3 font-mono">
                {p.name}
                {p.in === "path" ? " (path)" : ""}
              </td>
              <td className="py-1 pr-3 text-muted">{typeOf(p.schema)}</td>
              <td className="py-1">
                {p.description}
                {p.example !== undefined ? (
                  <span className="text-muted">
                    {" "}
                    e.g. <code>{String(p.example)}</code>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p className="mb-1 text-sm text-muted">
        Responses:{" "}
        {Object.entries(op.responses)
          .map(([code, r]) => `${code} ${r.description}`)
          .join(" · ")}
      </p>
      <pre className="overflow-x-auto rounded bg-white p-2 text-sm">
        <code>{curl}</code>
      </pre>
    </section>
  );
}
