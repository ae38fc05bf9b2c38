import type { HighlightSegment } from "../engine";
import { foldKana, normalizeWithOffsets } from "./normalize";

/** Joins the values of a list attribute (skills) into one highlighted text. */
export const LIST_SEPARATOR = "、";
export const CROP_MARKER = "…";
export const DEFAULT_CROP_LENGTH = 120;

/**
 * Cuts `text` into plain and matched segments from matched [start, end) spans, cropping
 * texts longer than `cropLength` to a window that starts a little before the first match.
 */
export function segmentsFromSpans(
  text: string,
  spans: Array<[number, number]>,
  cropLength = DEFAULT_CROP_LENGTH,
): HighlightSegment[] {
  const merged = mergeSpans(spans);
  let windowStart = 0;
  let windowEnd = text.length;
  if (text.length > cropLength) {
    const firstMatch = merged[0]?.[0] ?? 0;
    windowStart = Math.max(0, firstMatch - Math.floor(cropLength / 4));
    windowEnd = Math.min(text.length, windowStart + cropLength);
    windowStart = Math.max(0, windowEnd - cropLength);
    windowStart = avoidSplitPair(text, windowStart);
    windowEnd = avoidSplitPair(text, windowEnd);
  }
  const segments: HighlightSegment[] = [];
  const push = (segmentText: string, match: boolean) => {
    if (segmentText) segments.push({ text: segmentText, match });
  };
  if (windowStart > 0) push(CROP_MARKER, false);
  let cursor = windowStart;
  for (const [start, end] of merged) {
    const from = Math.max(start, windowStart);
    const to = Math.min(end, windowEnd);
    if (from >= to) continue;
    push(text.slice(cursor, from), false);
    push(text.slice(from, to), true);
    cursor = to;
  }
  push(text.slice(cursor, windowEnd), false);
  if (windowEnd < text.length) push(CROP_MARKER, false);
  return segments;
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function avoidSplitPair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** What a query matched, as folded spellings to look for in a text. */
export interface HighlightNeedles {
  /** Whole words (a Latin word must not continue on either side). */
  words: string[];
  /** Word beginnings (autocomplete). */
  prefixes: string[];
}

const LATIN_WORD_CHAR = /[a-z0-9]/;
const LONG_VOWEL = "ー";

/**
 * Finds the matched spans of an original text by looking for the folded spellings of
 * what matched, instead of re-analysing it: a hit page highlights in microseconds.
 * Offsets map back through normalisation, so ﾏｰｹﾃｨﾝｸﾞ highlights as typed.
 */
export function matchSpans(original: string, needles: HighlightNeedles): Array<[number, number]> {
  const normalized = normalizeWithOffsets(original);
  const text = foldKana(normalized.text);
  const spans: Array<[number, number]> = [];
  const find = (needle: string, prefix: boolean) => {
    if (!needle) return;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      let end = at + needle.length;
      const latinStart = LATIN_WORD_CHAR.test(needle[0]!);
      const latinEnd = LATIN_WORD_CHAR.test(needle[needle.length - 1]!);
      if (latinStart && at > 0 && LATIN_WORD_CHAR.test(text[at - 1]!)) continue;
      if (latinEnd && !prefix && end < text.length && LATIN_WORD_CHAR.test(text[end]!)) continue;
      if (prefix) while (end < text.length && LATIN_WORD_CHAR.test(text[end]!)) end++;
      if (text[end] === LONG_VOWEL) end++;
      spans.push([normalized.originalStart[at]!, normalized.originalEnd[end - 1]!]);
    }
  };
  for (const word of needles.words) find(word, false);
  for (const prefix of needles.prefixes) find(prefix, true);
  return spans;
}
