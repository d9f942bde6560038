"use client";

import type { ReactNode } from "react";
import { DraftOwnerContext } from "./draft-storage";

export function DraftOwner({ userId, children }: { userId: string; children: ReactNode }) {
  return <DraftOwnerContext.Provider value={userId}>{children}</DraftOwnerContext.Provider>;
}
