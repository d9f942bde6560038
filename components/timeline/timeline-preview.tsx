import type { CSSProperties } from "react";
import type { LaneMode } from "@/lib/domain";
import type { TimelineFacets, TimelineWindow } from "@/lib/queries/timeline";
import { layoutPreview, type PreviewBox, type PreviewRow, previewTicks } from "@/lib/timeline/preview-layout";
import {
  buildEntries,
  buildLanes,
  type CanvasEntry,
  COMPACT_LANE,
  compactEntries,
  entryClasses,
  itemMeta,
  type Lane,
  visibleLanes,
} from "../../lib/timeline/lanes";

/** Element Timing name of item text, read by bench:timeline (not in React's attribute types). */
const paintMark: Record<string, string> = { elementtiming: "timeline-item" };

type Range = { from: string; to: string };
/** A phone's first window can differ from a desktop's (lib/timeline/window.ts phoneWindow). */
type Props = { lanes: Lane[]; entries: CanvasEntry[]; windows: { wide: Range; phone: Range } };

/** Track widths the strips are laid out for (labels' ends, axis spacing): a desktop canvas and a phone's. */
const WIDE_TRACK_PX = 1000;
const PHONE_TRACK_PX = 340;
/** On a phone titles wrap at 11rem (app/globals.css), about 24 characters at 13 px. */
const PHONE = { widthPx: PHONE_TRACK_PX, wrapChars: 24 };

/**
 * The strip of the first view, rendered by the page on the server and handed to
 * TimelineApp as markup: the layout code never ships to the browser. Lanes and
 * entries as TimelineApp draws them first (empty lanes hidden).
 */
export function FirstViewPreview({
  facets,
  data,
  view,
  phoneRange,
}: {
  facets: TimelineFacets;
  data: TimelineWindow;
  view: { range: Range; lanes: LaneMode; filters: { parties: string[] } };
  phoneRange: Range;
}) {
  const entries = buildEntries(data.items, data.buckets);
  const lanes = buildLanes(
    view.lanes,
    facets,
    view.filters.parties,
    entries.map((e) => e.lane),
  );
  return (
    <TimelinePreview
      lanes={visibleLanes(lanes, entries, false)}
      entries={entries}
      windows={{ wide: view.range, phone: phoneRange }}
    />
  );
}

/**
 * The first window as plain HTML, rendered on the server: the same lanes and
 * item positions as the canvas, readable before any JavaScript has run (and
 * the only picture without it). TimelineCanvas removes it once vis-timeline
 * has drawn. Hidden from assistive technology: the list below is the text version.
 *
 * The server cannot know the screen, and the canvas draws one lane on a phone
 * (TimelineApp's compact mode): both strips are sent and a media query shows
 * the one the canvas will replace, so a phone sees no lanes collapse at takeover.
 */
export function TimelinePreview({ lanes, entries, windows }: Props) {
  const compactLanes = lanes.length === 1 && lanes[0]?.id === COMPACT_LANE.id;
  return (
    <div aria-hidden="true" data-testid="timeline-preview">
      <PreviewStrip
        className="parley-preview parley-preview-wide"
        rows={layoutPreview(lanes, entries, windows.wide, { widthPx: WIDE_TRACK_PX })}
        window={windows.wide}
        widthPx={WIDE_TRACK_PX}
      />
      <PreviewStrip
        className="parley-preview parley-preview-compact"
        rows={
          compactLanes
            ? layoutPreview(lanes, entries, windows.phone, PHONE)
            : layoutPreview([COMPACT_LANE], compactEntries(entries), windows.phone, PHONE)
        }
        window={windows.phone}
        widthPx={PHONE_TRACK_PX}
      />
    </div>
  );
}

function PreviewStrip({
  className,
  rows,
  window,
  widthPx,
}: {
  className: string;
  rows: PreviewRow[];
  window: { from: string; to: string };
  widthPx: number;
}) {
  return (
    <div className={className}>
      <div className="parley-preview-axis">
        {previewTicks(window, widthPx).map((tick) => (
          <span key={tick.left} style={{ left: `${tick.left}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <div key={row.lane.id} className="parley-preview-row">
          <div className="parley-preview-label">
            <div className="parley-lane">
              {row.lane.color ? (
                <span className="parley-lane-swatch" style={{ backgroundColor: row.lane.color }} />
              ) : null}
              <span>{row.lane.label}</span>
            </div>
          </div>
          <div className="parley-preview-track" style={{ height: row.height }}>
            {row.boxes.map((box) => (
              <PreviewItem key={box.entry.id} box={box} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function PreviewItem({ box }: { box: PreviewBox }) {
  const { entry } = box;
  const style: CSSProperties & Record<string, string | number | undefined> = {
    left: `${box.left}%`,
    top: box.top,
    width: box.width === null ? undefined : `${box.width}%`,
  };
  if (entry.kind === "bucket") {
    return (
      <div data-preview-item className="parley-preview-item parley-cluster" style={style}>
        <div className="parley-cluster-label" {...paintMark}>
          {entry.bucket.count}
        </div>
      </div>
    );
  }
  const { item } = entry;
  if (item.color) style["--party-color"] = item.color;
  return (
    <div
      data-preview-item
      className={`parley-preview-item parley-preview-${box.shape} ${entryClasses(entry)}`}
      style={style}
      title={item.title}
    >
      <div className="parley-item">
        <span className="parley-item-title" {...paintMark}>
          {item.title}
        </span>
        {item.type === "event" ? <span className="parley-item-meta">{itemMeta(item)}</span> : null}
      </div>
    </div>
  );
}
