import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { refuseRequest } from "@/lib/request-guard";

/** Refuses, before any route runs, what would otherwise reach a route as a 500 (lib/request-guard.ts). */
export function proxy(request: NextRequest) {
  const local = [`http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`];
  const refusal = refuseRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    allowedOrigins: env.PUBLIC_BASE_URL ? [new URL(env.PUBLIC_BASE_URL).origin, ...local] : local,
  });
  if (!refusal) return NextResponse.next();
  return new NextResponse(refusal.message, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = {
  // Not Next's own static files: they are never user input.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
