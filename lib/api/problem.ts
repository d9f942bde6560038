import { NextResponse } from "next/server";
import type { z } from "zod";

/** RFC 9457 problem details; field errors use zod's flattened shape. */
export function problem(
  status: number,
  title: string,
  extra: { detail?: string; errors?: Record<string, string[] | undefined> } = {},
): NextResponse {
  return NextResponse.json(
    { type: "about:blank", title, status, ...extra },
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}

export function validationProblem(error: z.ZodError): NextResponse {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return problem(422, "Invalid request", { detail: "Some parameters are not valid.", errors: fields });
}

/** Query string as a plain object for zod; repeated keys keep the last value. */
export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
