/**
 * The write API's functions as a client sees their answers: status and parsed
 * JSON body. The route handlers return these Responses as they are.
 */
import * as api from "../../lib/api/write";

export type Answer = { status: number; body: unknown; contentType: string | null };

async function answer(response: Promise<Response>): Promise<Answer> {
  const r = await response;
  return { status: r.status, body: await r.json(), contentType: r.headers.get("content-type") };
}

export const apiCreateEvent = (...args: Parameters<typeof api.apiCreateEvent>) =>
  answer(api.apiCreateEvent(...args));
export const apiUpdateEvent = (...args: Parameters<typeof api.apiUpdateEvent>) =>
  answer(api.apiUpdateEvent(...args));
export const apiDeleteEvent = (...args: Parameters<typeof api.apiDeleteEvent>) =>
  answer(api.apiDeleteEvent(...args));
export const apiCreateSource = (...args: Parameters<typeof api.apiCreateSource>) =>
  answer(api.apiCreateSource(...args));
