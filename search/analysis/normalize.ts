/**
 * Character-level normalisation shared by indexing, querying and highlighting:
 * NFKC (全角英数 → ASCII, 半角カナ → 全角), lowercase, hiragana → katakana, and the
 * trailing long-vowel mark (マーケター = マーケタ, JIS Z 8301 style spelling).
 */

/** NFKC then lowercase, for indexing and queries (no offsets needed). */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export interface NormalizedWithOffsets {
  text: string;
  /** For each UTF-16 unit of `text`: where its source starts in the original string. */
  originalStart: Int32Array;
  /** For each UTF-16 unit of `text`: where its source ends in the original string. */
  originalEnd: Int32Array;
}

const HALFWIDTH_VOICED_MARKS = /[\uff9e\uff9f]/;
const COMBINING_MARK = /\p{M}/u;

/**
 * Normalises chunk by chunk (a character plus the marks that compose with it, like
 * ｸﾞ → グ) so every normalised character knows which original characters it came
 * from: highlights are cut from the original text.
 */
export function normalizeWithOffsets(text: string): NormalizedWithOffsets {
  const whole = normalizeText(text);
  if (whole.length === text.length && isStable(text)) {
    const identity = Int32Array.from({ length: text.length }, (_, index) => index);
    return {
      text: whole,
      originalStart: identity,
      originalEnd: identity.map((index) => index + 1),
    };
  }
  let normalized = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    let end = index + (isHighSurrogate(text.charCodeAt(index)) ? 2 : 1);
    while (end < text.length && isComposingMark(text[end]!)) end++;
    const chunk = text.slice(index, end).normalize("NFKC").toLowerCase();
    for (let k = 0; k < chunk.length; k++) {
      starts.push(index);
      ends.push(end);
    }
    normalized += chunk;
    index = end;
  }
  return {
    text: normalized,
    originalStart: Int32Array.from(starts),
    originalEnd: Int32Array.from(ends),
  };
}

/** Whether NFKC and lowercase map every character of `text` to exactly one character. */
function isStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const oneToOne =
      code < 0x80 ||
      (code >= 0x3041 && code <= 0x3096) ||
      (code >= 0x30a1 && code <= 0x30fa) ||
      code === 0x30fc ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3001 && code <= 0x3002) ||
      (code >= 0xff01 && code <= 0xff5e);
    if (!oneToOne) return false;
  }
  return true;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isComposingMark(char: string): boolean {
  return HALFWIDTH_VOICED_MARKS.test(char) || COMBINING_MARK.test(char);
}

const HIRAGANA_TO_KATAKANA = 0x60;

/** ひらがな → カタカナ, one unit for one unit (offsets stay valid). */
export function foldKana(text: string): string {
  let folded = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x3041 && code <= 0x3096) || code === 0x309d || code === 0x309e) {
      folded += String.fromCharCode(code + HIRAGANA_TO_KATAKANA);
      changed = true;
    } else {
      folded += text[i];
    }
  }
  return changed ? folded : text;
}

const LONG_VOWEL = "ー";

/** Drops a word-final ー from katakana words of three or more characters. */
export function foldLongVowel(word: string): string {
  return word.length >= 3 && word.endsWith(LONG_VOWEL) && isKatakana(word.charCodeAt(0))
    ? word.slice(0, -1)
    : word;
}

export const CharClass = {
  Other: 0,
  Latin: 1,
  Katakana: 2,
  /** Kanji and hiragana: the text Intl.Segmenter is good at. */
  Ideographic: 3,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export function isKatakana(code: number): boolean {
  return (
    (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || code === 0x30fd || code === 0x30fe
  );
}

const OTHER_LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** The class of a normalised (lowercase NFKC) character. */
export function charClass(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return CharClass.Latin;
  if (code < 0x80) return CharClass.Other;
  if (code === 0x30f5 || code === 0x30f6) return CharClass.Ideographic; // ヵヶ as in 関ヶ原
  if (isKatakana(code)) return CharClass.Katakana;
  if (
    (code >= 0x3041 && code <= 0x309f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3005 ||
    code === 0x3006 ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return CharClass.Ideographic;
  }
  return OTHER_LETTER_OR_NUMBER.test(text[index]!) ? CharClass.Latin : CharClass.Other;
}
