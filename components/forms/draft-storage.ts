"use client";

import { createContext, useContext } from "react";

/**
 * Unsaved form text lives in localStorage under the signed-in account's id, so
 * on a shared browser one editor's typing is never put back into another's
 * form; sign-out removes every stored draft.
 */
const PREFIX = "parley:draft:";

/** The signed-in account whose drafts forms read and write; set by the editor layout. */
export const DraftOwnerContext = createContext<string | null>(null);

export function useDraftOwner(): string | null {
  return useContext(DraftOwnerContext);
}

export function draftStorageKey(owner: string, key: string): string {
  return `${PREFIX}${owner}:${key}`;
}

function draftKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** How many unsaved drafts this browser holds for `owner`. */
export function countDrafts(owner: string): number {
  try {
    return draftKeys().filter((key) => key.startsWith(`${PREFIX}${owner}:`)).length;
  } catch {
    return 0;
  }
}

/** Every stored draft, of any account (older versions kept none per account). */
export function removeAllDrafts(): void {
  try {
    for (const key of draftKeys()) window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}
