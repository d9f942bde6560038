import { differenceInCalendarDays, format, parseISO } from "date-fns";
import { ScrollRegion } from "@/components/scroll-region";
import type { Lane } from "@/lib/history/steps";
import type { PositionView } from "@/lib/queries/positions";

const stanceFill: Record<string, string> = {
  supports: "#1f5a36",
  opposes: "#8c1c13",
  conditional: "#b08a2e",
  open: "#7d8aa0",
};
const LANE = 34;
const LEFT = 110;
const WIDTH = 760;
const TOP = 10;

/**
 * A step chart of stances over time, one lane per party: a bar from each
 * statement to the next, a marker per statement (square for a red line). It is
 * a picture of the list that follows, which carries the same facts in text;
 * so the SVG is hidden from screen readers and the figure caption says so.
 */
export function StepChart({ lanes, names }: { lanes: Lane<PositionView>[]; names: Record<string, string> }) {
  const dates = lanes.flatMap((l) => l.steps.map((s) => s.position.statedOn)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return null;
  // A little air either side, and at least a month of axis so one-day histories stay readable.
  const span = Math.max(30, differenceInCalendarDays(parseISO(last), parseISO(first)));
  const start = parseISO(first).getTime() - span * 0.05 * 864e5;
  const end = parseISO(last).getTime() + span * 0.15 * 864e5;
  const x = (iso: string) => LEFT + ((parseISO(iso).getTime() - start) / (end - start)) * (WIDTH - LEFT - 10);
  const height = TOP + lanes.length * LANE + 24;
  const ticks = [first, last].filter((d, i, all) => all.indexOf(d) === i);

  return (
    <figure className="my-4">
      {/* Never drawn narrower than its own width: on a phone it scrolls in its box, text stays ≥ 12 px. */}
      <ScrollRegion label="Position chart (scrolls sideways)" className="max-w-3xl">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="w-full"
          style={{ minWidth: WIDTH }}
          aria-hidden="true"
          focusable="false"
        >
          {lanes.map((lane, i) => {
            const y = TOP + i * LANE + LANE / 2;
            return (
              <g key={lane.key}>
                <text x={0} y={y + 4} fontSize="13" fontWeight="600" fill="#1a1a1a">
                  {names[lane.key] ?? lane.key}
                </text>
                <line x1={LEFT} x2={WIDTH - 10} y1={y} y2={y} stroke="#d9d6cf" />
                {lane.steps.map((step, j) => {
                  const from = x(step.position.statedOn);
                  const next = lane.steps[j + 1];
                  const to = next ? x(next.position.statedOn) : WIDTH - 10;
                  const fill = stanceFill[step.position.stance] ?? "#595959";
                  const red = step.position.kind === "red_line";
                  return (
                    <g key={step.position.id}>
                      <rect
                        x={from}
                        y={y - 4}
                        width={Math.max(2, to - from)}
                        height={8}
                        fill={fill}
                        opacity={0.85}
                      />
                      {red ? (
                        <rect
                          x={from - 6}
                          y={y - 6}
                          width={12}
                          height={12}
                          fill="#fff"
                          stroke="#8c1c13"
                          strokeWidth={3}
                        />
                      ) : (
                        <circle cx={from} cy={y} r={5} fill="#fff" stroke="#1a1a1a" strokeWidth={2} />
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
          {ticks.map((d) => (
            <text key={d} x={x(d)} y={height - 6} fontSize="12" fill="#595959" textAnchor="middle">
              {format(parseISO(d), "d MMM yyyy")}
            </text>
          ))}
        </svg>
      </ScrollRegion>
      <figcaption className="mt-1 text-xs text-muted">
        Bars run from each statement until the next: green supports, red opposes, ochre conditional, grey-blue
        open; a square marks a red line. The same statements are listed in full below.
      </figcaption>
    </figure>
  );
}
