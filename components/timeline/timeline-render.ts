import { type CanvasEntry, itemMeta, type Lane } from "../../lib/timeline/lanes";

/** DOM for one canvas entry. Only textContent: titles are user text and never HTML. */
export function renderEntry(entry: CanvasEntry): HTMLElement {
  const root = document.createElement("div");
  if (entry.kind === "bucket") {
    root.className = "parley-cluster-label";
    root.setAttribute("elementtiming", "timeline-item"); // paint timing for bench:timeline
    root.textContent = `${entry.bucket.count}`;
    root.title = `${entry.bucket.count} items from ${entry.bucket.start}: select to zoom in`;
    return root;
  }
  const { item } = entry;
  root.className = "parley-item";
  const title = document.createElement("span");
  title.className = "parley-item-title";
  title.setAttribute("elementtiming", "timeline-item");
  title.textContent = item.title;
  root.append(title);
  if (item.type === "event") {
    const meta = document.createElement("span");
    meta.className = "parley-item-meta";
    meta.textContent = itemMeta(item);
    root.append(meta);
  }
  return root;
}

export function renderLane(lane: Lane): HTMLElement {
  const root = document.createElement("div");
  root.className = "parley-lane";
  if (lane.color) {
    const swatch = document.createElement("span");
    swatch.className = "parley-lane-swatch";
    swatch.style.backgroundColor = lane.color;
    root.append(swatch);
  }
  const label = document.createElement("span");
  label.textContent = lane.label;
  root.append(label);
  return root;
}
