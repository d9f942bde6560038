import { eventPersonRoles, participantRoles, personRoleLabel, roleLabel } from "@/lib/domain";
import type { RowPickerConfig } from "./row-picker-field";

/** Who took part and how. */
export const participantRows: RowPickerConfig = {
  name: "participants",
  idKey: "partyId",
  kind: "party",
  legend: "Participants",
  noun: "participant",
  pickerLabel: (n) => `Party ${n}`,
  roleLabel: (n) => `Role ${n}`,
  roles: participantRoles.map((r) => ({ value: r, label: roleLabel[r] ?? r })),
  defaultRole: "delegation",
};

/** Who was in the room, one row per person and role. */
export const peopleRows: RowPickerConfig = {
  name: "people",
  idKey: "personId",
  kind: "person",
  legend: "People present",
  noun: "person",
  pickerLabel: (n) => `Person ${n}`,
  roleLabel: (n) => `Role of person ${n}`,
  roles: eventPersonRoles.map((r) => ({ value: r, label: personRoleLabel[r] ?? r })),
  defaultRole: "delegate",
  empty: "Nobody named yet: add the people who were in the room.",
};
