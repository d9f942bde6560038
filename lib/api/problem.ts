import { NextResponse } from "next/server";
import type { z } from "zod";
import { fieldErrorsOf, type Result } from "@/lib/result";

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[] | undefined>;
};

/** RFC 9457 problem details as a plain object, for handlers that build their own Response. */
export function problemBody(
  status: number,
  title: string,
  extra: { detail?: string; errors?: Record<string, string[] | undefined> } = {},
): ProblemBody {
  return { type: "about:blank", title, status, ...extra };
}

/** RFC 9457 problem details; field errors use zod's flattened shape. */
export function problem(
  status: number,
  title: string,
  extra: { detail?: string; errors?: Record<string, string[] | undefined> } = {},
): NextResponse {
  return NextResponse.json(problemBody(status, title, extra), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });
}

/** The 422 body for a failed parse: one list of messages per field path. */
export function validationProblemBody(error: z.ZodError): ProblemBody {
  return problemBody(422, "Invalid request", {
    detail: "Some parameters are not valid.",
    errors: fieldErrorsOf(error),
  });
}

export function validationProblem(error: z.ZodError): NextResponse {
  return NextResponse.json(validationProblemBody(error), {
    status: 422,
    headers: { "Content-Type": "application/problem+json" },
  });
}

/** Query string as a plain object for zod; repeated keys keep the last value. */
export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

const titles: Record<number, string> = {
  400: "Malformed JSON",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  422: "Invalid request",
  500: "Internal error",
  503: "Service unavailable",
};

/**
 * A write's Result as HTTP, never cached: the value as JSON (`status`, 200 by
 * default), or a problem whose detail is the failure's message, with field
 * errors under `errors`, a 409's `current` row and any extension `members`.
 */
export function toResponse(
  result: Result<unknown, unknown>,
  options: { status?: 200 | 201; members?: Record<string, unknown> } = {},
): Response {
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) return Response.json(result.value, { status: options.status ?? 200, headers });
  const errors =
    result.status === 422 && Object.keys(result.fieldErrors).length ? result.fieldErrors : undefined;
  const body = {
    ...problemBody(result.status, titles[result.status] ?? "Error", { detail: result.error, errors }),
    ...(result.status === 409 ? { current: result.current } : {}),
    ...options.members,
  };
  return Response.json(body, {
    status: result.status,
    headers: { ...headers, "Content-Type": "application/problem+json" },
  });
}
