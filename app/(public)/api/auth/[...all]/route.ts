import { handleAuthRequest } from "@/lib/auth/auth-endpoint";
import { appOrigins, getAuth } from "@/lib/auth/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

const options = () => ({ allowedOrigins: appOrigins(), trustedProxies: env.PARLEY_TRUSTED_PROXIES });

export async function GET(request: Request) {
  return handleAuthRequest(getAuth(), getDb(), request, options());
}

// Better Auth then checks the session, role, input and its own flood limit itself.
export async function POST(request: Request) {
  return handleAuthRequest(getAuth(), getDb(), request, options());
}
