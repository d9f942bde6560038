/** A peace process: where it stands, and the part each party plays in it. */
export const processStatuses = ["active", "paused", "concluded", "collapsed"] as const;
export type ProcessStatus = (typeof processStatuses)[number];

export const processPartyRoles = ["negotiating_party", "mediator", "guarantor", "observer"] as const;
export type ProcessPartyRole = (typeof processPartyRoles)[number];

export const processPartyRoleLabel: Record<ProcessPartyRole, string> = {
  negotiating_party: "Negotiating party",
  mediator: "Mediator",
  guarantor: "Guarantor",
  observer: "Observer",
};
