import type { HighlightSegment } from "../engine";
import { LIST_SEPARATOR } from "../analysis/highlight";

/**
 * Highlight tags asked of Meilisearch: private-use characters that do not occur in
 * real text, turned back into segments here so the app never handles markup.
 */
export const HIGHLIGHT_PRE_TAG = "\uE000";
export const HIGHLIGHT_POST_TAG = "\uE001";

export function segmentsFromFormatted(formatted: unknown): HighlightSegment[] {
  const text = Array.isArray(formatted)
    ? formatted.map((value) => String(value ?? "")).join(LIST_SEPARATOR)
    : formatted === null || formatted === undefined
      ? ""
      : String(formatted);
  const segments: HighlightSegment[] = [];
  const push = (segmentText: string, match: boolean) => {
    if (!segmentText) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += segmentText;
    else segments.push({ text: segmentText, match });
  };
  let cursor = 0;
  while (cursor < text.length) {
    const start = text.indexOf(HIGHLIGHT_PRE_TAG, cursor);
    if (start < 0) break;
    const end = text.indexOf(HIGHLIGHT_POST_TAG, start + 1);
    if (end < 0) break;
    push(text.slice(cursor, start), false);
    push(text.slice(start + 1, end), true);
    cursor = end + 1;
  }
  push(
    text.slice(cursor).replaceAll(HIGHLIGHT_PRE_TAG, "").replaceAll(HIGHLIGHT_POST_TAG, ""),
    false,
  );
  return segments;
}
