import { toNextJsHandler } from "better-auth/next-js";
import { postWithOriginCheck } from "@/lib/auth/origin";
import { appOrigins, getAuth } from "@/lib/auth/server";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

// Better Auth then checks the session, role (admin endpoints), input and rate limit itself.
export async function POST(request: Request) {
  return postWithOriginCheck(request, appOrigins(), toNextJsHandler(getAuth()).POST);
}
