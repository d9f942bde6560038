import { z } from "zod";
import { processPartyRoles, processStatuses } from "@/lib/domain";
import { listResponseSchema } from "./event-schema";

export const processResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  conflict: z.string().nullable(),
  startedOn: z.string().nullable(),
  status: z.enum(processStatuses),
  updatedAt: z.string(),
  parties: z.array(
    z.object({ slug: z.string(), name: z.string(), color: z.string(), role: z.enum(processPartyRoles) }),
  ),
});

export const processListResponseSchema = listResponseSchema(processResponseSchema);
