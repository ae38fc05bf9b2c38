/**
 * Server-rendered SVG charts, each a figure with its caption (which also labels the image)
 * and the same numbers as a visible table beside it, so nothing is told by colour or
 * shape alone. Bars are the theme's accent (#9a3412, 7:1 on white) with their values
 * written on them.
 */
import { useId, type ReactNode } from "react";
import { labelEvery, verticalBars } from "./charts";
import { ScrollRegion } from "./reports-view";

const PLOT_WIDTH = 480;
const PLOT_HEIGHT = 160;
const TOP = 18;
const BOTTOM = 24;

export function ChartFigure({
  caption,
  chart,
  table,
}: {
  caption: string;
  chart: (captionId: string) => ReactNode;
  table: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="card break-inside-avoid space-y-3 p-4" aria-labelledby={captionId}>
      <figcaption id={captionId} className="font-semibold">
        {caption}
      </figcaption>
      <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
        <div>{chart(captionId)}</div>
        <ScrollRegion className="overflow-x-auto" labelledBy={captionId}>
          {table}
        </ScrollRegion>
      </div>
    </figure>
  );
}

/** Vertical bars with their values above and the labels below. */
export function BarChart({
  labelledBy,
  values,
}: {
  labelledBy: string;
  values: ReadonlyArray<{ label: string; value: number }>;
}) {
  const { bars } = verticalBars(values, PLOT_WIDTH, PLOT_HEIGHT);
  const every = labelEvery(values.length);
  return (
    <svg
      role="img"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT + TOP + BOTTOM}`}
      className="h-auto w-full"
    >
      <line
        x1={0}
        x2={PLOT_WIDTH}
        y1={TOP + PLOT_HEIGHT}
        y2={TOP + PLOT_HEIGHT}
        stroke="#4b5563"
        strokeWidth={1}
      />
      {bars.map((bar, index) => (
        <g key={`${bar.label}-${index}`}>
          <rect
            x={bar.x}
            y={TOP + bar.y}
            width={bar.width}
            height={bar.height}
            fill="#9a3412"
            rx={2}
          />
          <text
            x={bar.x + bar.width / 2}
            y={TOP + bar.y - 4}
            textAnchor="middle"
            fontSize={11}
            fill="#1c2430"
          >
            {bar.value}
          </text>
          {index % every === 0 ? (
            <text
              x={bar.x + bar.width / 2}
              y={TOP + PLOT_HEIGHT + 16}
              textAnchor="middle"
              fontSize={11}
              fill="#1c2430"
            >
              {bar.label}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

/** Horizontal bars (a funnel), each with its label and value written beside it. */
export function HorizontalBars({
  labelledBy,
  rows,
}: {
  labelledBy: string;
  rows: ReadonlyArray<{ label: string; value: number; note: string }>;
}) {
  const rowHeight = 34;
  const labelWidth = 150;
  const width = PLOT_WIDTH;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const room = width - labelWidth - 110;
  return (
    <svg
      role="img"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
      className="h-auto w-full"
    >
      {rows.map((row, index) => {
        const barWidth = (row.value / max) * room;
        const y = 4 + index * rowHeight;
        return (
          <g key={row.label}>
            <text x={0} y={y + 20} fontSize={12} fill="#1c2430">
              {row.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barWidth} height={22} fill="#9a3412" rx={2} />
            <text x={labelWidth + barWidth + 6} y={y + 20} fontSize={12} fill="#1c2430">
              {`${row.value} (${row.note})`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
