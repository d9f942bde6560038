import { describe, expect, it } from "vitest";
import { processInput } from "@/lib/validation/processes";
import { blankProcess, processFormValues } from "./form-values";

describe("processFormValues", () => {
  it("gives back, once parsed by the form's schema, the process it was made from", () => {
    const stored = processInput.parse({
      name: "Geneva talks",
      aliases: "Geneva II, Montreux",
      summary: "Talks under UN auspices.",
      conflict: "Syria",
      startedOn: "2014-01-22",
      status: "paused",
      publication: "published",
      parties: [{ partyId: "7a0f5d4e-2d9b-4f5e-9a51-6c1d2b3e4f50", role: "mediator" }],
      sources: [{ sourceId: "0c3a1b2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", excerpt: null }],
      note: "",
    });
    const values = processFormValues(stored);
    expect(values.aliases).toBe("Geneva II, Montreux");
    expect(values.sources?.[0]?.excerpt).toBe("");
    expect(processInput.parse(values)).toEqual(stored);
  });

  it("shows a process without optional fields as empty boxes, like a new one", () => {
    const stored = processInput.parse({ name: "Quiet channel", note: "" });
    expect(processFormValues(stored)).toEqual({ ...blankProcess, name: "Quiet channel" });
  });
});
