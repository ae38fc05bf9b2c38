/** A reindex's progress as one line: "[#########.....]  45%  1,234/2,740  challenges". */
export function progressLine(
  { done, total, index }: { done: number; total: number; index: string },
  width = 30,
): string {
  const ratio = total === 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const filled = Math.round(ratio * width);
  const bar = "#".repeat(filled) + ".".repeat(width - filled);
  const percent = String(Math.floor(ratio * 100)).padStart(3);
  return `[${bar}] ${percent}%  ${done.toLocaleString("en")}/${total.toLocaleString("en")}  ${index}`;
}
