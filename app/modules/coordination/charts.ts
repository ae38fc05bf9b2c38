/**
 * Geometry of the console's SVG charts, pure (the components are in charts-view.tsx).
 * No chart library: a few rectangles and labels, computed here and unit-tested.
 */

/** A round axis maximum at or above `value` (1, 2, 5 × 10ⁿ), at least 1. */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export type Bar = {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
};

/**
 * Vertical bars for `values` in a plot of `width` × `height` (the axis labels sit outside
 * it): equal slots, each bar 70% of its slot, heights scaled to niceMax of the largest.
 */
export function verticalBars(
  values: ReadonlyArray<{ label: string; value: number }>,
  width: number,
  height: number,
): { bars: Bar[]; max: number } {
  const max = niceMax(Math.max(0, ...values.map((entry) => entry.value)));
  const slot = values.length > 0 ? width / values.length : width;
  const barWidth = slot * 0.7;
  const bars = values.map((entry, index) => {
    const barHeight = (Math.max(0, entry.value) / max) * height;
    return {
      label: entry.label,
      value: entry.value,
      x: index * slot + (slot - barWidth) / 2,
      y: height - barHeight,
      width: barWidth,
      height: barHeight,
    };
  });
  return { bars, max };
}

/** Show every label when they fit, else every n-th so that at most `room` are drawn. */
export function labelEvery(count: number, room = 12): number {
  return count <= room ? 1 : Math.ceil(count / room);
}
