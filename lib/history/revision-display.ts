/**
 * How a revision snapshot's fields read on a history page: plain-English field
 * names, and ids replaced by the names of what they point at. Pure, so the
 * page and its tests share it.
 */
import {
  eventFormatLabel,
  eventKindLabel,
  eventStatusLabel,
  personRoleLabel,
  positionKindLabel,
  roleLabel,
  stanceLabel,
} from "../domain";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names by id, for everything a snapshot can point at. */
export type NameIndex = Readonly<Record<string, string>>;

const fieldLabels: Record<string, string> = {
  partyId: "Party",
  personId: "Speaker",
  topicId: "Topic",
  eventId: "Stated at event",
  startsOn: "Starts on",
  endsOn: "Ends on",
  statedOn: "Stated on",
  datePrecision: "Date precision",
  locationName: "Location",
  shortName: "Short name",
  aliases: "Other names",
  deletedAt: "Deleted",
  publishedOn: "Published on",
  url: "URL",
  archivedUrl: "Archived URL",
  color: "Colour",
};

/** "startsOn" → "Starts on", with the domain's own names where they differ. */
export function fieldLabel(key: string): string {
  const known = fieldLabels[key];
  if (known) return known;
  const words = key.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Vocabulary values as readers see them ("red_line" → "Red line"). */
const valueLabels: Record<string, Record<string, string>> = {
  kind: { ...eventKindLabel, ...positionKindLabel },
  status: eventStatusLabel,
  format: eventFormatLabel,
  role: { ...roleLabel, ...personRoleLabel },
  stance: stanceLabel,
};

function showScalar(key: string, value: unknown, names: NameIndex): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    if (UUID.test(value)) return names[value] ?? `(unknown ${value.slice(0, 8)})`;
    if (key === "deletedAt") return `${value.slice(0, 16).replace("T", " ")} UTC`;
    if (key === "excerpt") return `“${value}”`;
    return valueLabels[key]?.[value] ?? value;
  }
  return String(value);
}

/**
 * One field of a snapshot as text: lists joined by "; ", linked rows by name
 * ("Ukraine — Delegation"), a source with its excerpt, "—" for nothing.
 */
export function showField(key: string, value: unknown, names: NameIndex): string {
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      item && typeof item === "object"
        ? // jsonb stores keys shortest first, so put the linked row ("partyId") ahead of its role or excerpt.
          Object.entries(item)
            .sort(([a], [b]) => Number(b.endsWith("Id")) - Number(a.endsWith("Id")))
            .map(([k, v]) => showScalar(k, v, names))
            .filter(Boolean)
            .join(" — ")
        : showScalar(key, item, names),
    );
    return items.filter(Boolean).join("; ") || "—";
  }
  return showScalar(key, value, names) || "—";
}

/** Every id a snapshot points at (its own id excluded), to look their names up in one go. */
export function referencedIds(snapshots: readonly unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === "string" && key !== "id" && UUID.test(value)) found.add(value);
    else if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const snapshot of snapshots) visit(snapshot, "");
  return [...found];
}
