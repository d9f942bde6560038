"use client";

import { useEffect, useState } from "react";

/**
 * True on a phone-sized screen (≤ 640 px, the timeline's compact layout), after
 * mount: the server renders the wide layout, and the first render must match it.
 */
export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const media = window.matchMedia("(max-width: 640px)");
    const update = () => setNarrow(media.matches);
    update();
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);
  return narrow;
}
