"use client";

import { Dialog, DialogPanel, DialogTitle } from "@headlessui/react";
import type { ReactNode } from "react";

/**
 * A modal for creating a row without leaving the form being filled in: the
 * outer form keeps everything typed, and the new row is chosen when saved.
 */
export function CreateDialog({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onClose={onClose} className="relative z-50">
      <div className="fixed inset-0 bg-black/40" aria-hidden="true" />
      <div className="fixed inset-0 flex items-start justify-center overflow-y-auto p-4 sm:pt-16">
        <DialogPanel className="w-full max-w-2xl rounded bg-paper p-4 shadow-xl">
          <div className="mb-3 flex items-baseline justify-between">
            <DialogTitle className="font-serif text-xl font-bold">{title}</DialogTitle>
            <button type="button" onClick={onClose} className="underline">
              Cancel
            </button>
          </div>
          {children}
        </DialogPanel>
      </div>
    </Dialog>
  );
}
