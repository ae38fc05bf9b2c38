import { CharClass, charClass, foldKana, foldLongVowel, normalizeText } from "./normalize";

/**
 * The Japanese/English analyser. Text is normalised (NFKC, lowercase, kana folded), then
 * split into words: Latin words whole (python, c++, node.js), katakana runs whole
 * (セールスイネーブルメント), kanji/hiragana through Intl.Segmenter; dictionary terms
 * (the synonym table plus domain terms) are matched longest-first at word boundaries
 * and kept together (販路開拓, eコマース, デジタル化). When indexing, compounds also
 * yield their parts, so 販路 finds 販路開拓 and マーケター finds デジタルマーケター.
 * A word in a synonym group also yields the group's token, at index and query time.
 */

export interface Token {
  /** The folded word as indexed. */
  term: string;
  /** The synonym group's token, when the word belongs to one. */
  synonym?: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

export interface AnalyzerOptions {
  synonyms?: readonly (readonly string[])[];
  domainTerms?: readonly string[];
}

/** Starts the token of a synonym group; analysed words never contain it. */
export const SYNONYM_PREFIX = "~";
const MAX_TERM_LENGTH = 64;
/** Characters a term may hold besides letters and digits; the FTS tokenizer keeps them. */
export const TERM_PUNCTUATION = "+#._-&~";
const LATIN_CONNECTORS = new Set([".", "-", "_", "&"]);
const LATIN_SUFFIXES = new Set(["+", "#"]);
/**
 * Words written in hiragana that carry no meaning on their own: particles, copulas,
 * auxiliaries and the inflection pieces Intl.Segmenter cuts off (し|ます, して|き|ました).
 * An explicit list: short kana words (ゆず, そば, のり) are words and must stay searchable.
 */
const STOP_WORDS = new Set(
  [
    // particles
    ...["の", "は", "が", "を", "に", "へ", "で", "と", "も", "や", "か", "な", "ね", "よ", "ぞ"],
    ...["から", "まで", "より", "など", "ほど", "だけ", "しか", "では", "には", "とは", "でも"],
    ...["にも", "とも", "への", "での", "との", "ので", "のに", "けど", "として"],
    // copulas, auxiliaries and their pieces
    ...["だ", "た", "て", "し", "ま", "め", "っ", "です", "でした", "ます", "ました", "ません"],
    ...["しま", "する", "した", "して", "します", "してき", "される", "され", "させ", "れる"],
    ...["られ", "られる", "ない", "なく", "ある", "あり", "いる", "てい", "おり", "おる"],
    ...["たい", "でき", "できる", "くれる"],
    // formal nouns
    ...["こと", "もの", "ため", "よう", "とき", "ところ"],
  ].map(foldKana),
);
/**
 * Hiragana words Intl.Segmenter cuts into single characters (の|り, か|に, さ|ば):
 * dictionary entries of every analyser, so they stay whole and searchable.
 */
const KANA_WORDS = ["のり", "かに", "もも", "さば", "ごま", "いも", "ゆば", "かぼす"];

type Mode = "index" | "query";

export class Analyzer {
  readonly #synonymOf = new Map<string, string>();
  readonly #spellings = new Map<string, string[]>();
  /** Dictionary terms by first character, longest first. */
  readonly #dictionary = new Map<string, string[]>();
  readonly #segmenter = new Intl.Segmenter("ja", { granularity: "word" });

  constructor(options: AnalyzerOptions = {}) {
    const terms = new Set<string>();
    for (const group of options.synonyms ?? []) {
      const folded = group.map((term) => foldKana(normalizeText(term.trim())));
      const token = SYNONYM_PREFIX + sanitizeTerm(foldLongVowel(folded[0]!));
      for (const term of folded) {
        this.#synonymOf.set(sanitizeTerm(foldLongVowel(term)), token);
        terms.add(term);
      }
      this.#spellings.set(token, [...(this.#spellings.get(token) ?? []), ...folded]);
    }
    for (const term of [...KANA_WORDS, ...(options.domainTerms ?? [])]) {
      terms.add(foldKana(normalizeText(term.trim())));
    }
    for (const term of terms) {
      if (term.length < 2 || /\s/.test(term)) continue;
      const bucket = this.#dictionary.get(term[0]!) ?? [];
      bucket.push(term);
      this.#dictionary.set(term[0]!, bucket);
    }
    for (const bucket of this.#dictionary.values()) bucket.sort((a, b) => b.length - a.length);
  }

  /** The terms to index for a text: words, compound parts and synonym tokens. */
  indexTerms(text: string): string[] {
    const terms: string[] = [];
    for (const token of this.#tokens(normalizeText(text), "index")) {
      terms.push(token.term);
      if (token.synonym) terms.push(token.synonym);
    }
    return terms;
  }

  /** The words of a query, in order, without compound parts. */
  queryTokens(text: string): Token[] {
    return this.#tokens(normalizeText(text), "query");
  }

  /** The synonym group token of a folded word, if any. */
  synonymOf(term: string): string | undefined {
    return this.#synonymOf.get(term);
  }

  /** The folded spellings of a synonym group's words, as they appear in folded text. */
  synonymSpellings(group: string): readonly string[] {
    return this.#spellings.get(group) ?? [];
  }

  #tokens(normalized: string, mode: Mode): Token[] {
    const folded = foldKana(normalized);
    const classes = new Uint8Array(normalized.length);
    for (let i = 0; i < normalized.length; i++) classes[i] = charClass(normalized, i);
    const boundaries = this.#boundaries(normalized, classes);
    const tokens: Token[] = [];
    const emit = (start: number, end: number) => {
      if (end - start > MAX_TERM_LENGTH) return;
      const term = sanitizeTerm(foldLongVowel(folded.slice(start, end)));
      if (!term) return;
      if (classes[start] === CharClass.Ideographic && isStopWord(term)) return;
      const synonym = this.#synonymOf.get(term);
      tokens.push(synonym ? { term, synonym, start, end } : { term, start, end });
    };
    const scan = { normalized, folded, classes, boundaries, emit };

    let i = 0;
    while (i < normalized.length) {
      if (classes[i] === CharClass.Other) {
        i++;
        continue;
      }
      const termEnd = boundaries[i] ? this.#dictionaryMatch(scan, i) : 0;
      if (termEnd > 0) {
        emit(i, termEnd);
        if (mode === "index") this.#emitTermParts(scan, i, termEnd);
        i = termEnd;
        continue;
      }
      const end = wordEnd(scan, i);
      emit(i, end);
      if (mode === "index" && end - i > 1) this.#emitParts(scan, i, end);
      i = end;
    }
    return tokens;
  }

  /** Word boundaries: class changes and punctuation, plus Intl.Segmenter's inside kanji/hiragana runs. */
  #boundaries(normalized: string, classes: Uint8Array): Uint8Array {
    const boundaries = new Uint8Array(normalized.length + 1);
    boundaries[0] = 1;
    boundaries[normalized.length] = 1;
    const runs: number[] = [];
    for (let i = 1; i <= normalized.length; i++) {
      const other = classes[i] === CharClass.Other || classes[i - 1] === CharClass.Other;
      if (classes[i] !== classes[i - 1] || other || i === normalized.length) {
        boundaries[i] = 1;
        if (classes[i - 1] === CharClass.Ideographic) {
          let start = i - 1;
          while (start > 0 && classes[start - 1] === CharClass.Ideographic) start--;
          runs.push(start, i);
        }
      }
    }
    if (runs.length === 0) return boundaries;
    // One Segmenter call per text: the runs joined by newlines, which it never crosses.
    let joined = "";
    const runStartInJoined: number[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      runStartInJoined.push(joined.length);
      joined += normalized.slice(runs[r], runs[r + 1]) + "\n";
    }
    let run = 0;
    for (const segment of this.#segmenter.segment(joined)) {
      while (run + 1 < runStartInJoined.length && segment.index >= runStartInJoined[run + 1]!) {
        run++;
      }
      boundaries[runs[run * 2]! + segment.index - runStartInJoined[run]!] = 1;
    }
    return boundaries;
  }

  /** The end of the longest dictionary term starting at `start`, or 0. */
  #dictionaryMatch(scan: Scan, start: number): number {
    const candidates = this.#dictionary.get(scan.folded[start]!);
    if (!candidates) return 0;
    for (const term of candidates) {
      if (!scan.folded.startsWith(term, start)) continue;
      const end = start + term.length;
      if (endsWord(scan, end, term.length)) return end;
    }
    return 0;
  }

  /**
   * Parts of a dictionary term, for indexing: its plain words when it has several
   * (販路|開拓, web|マーケティング), and the dictionary words inside its katakana and Latin
   * words (デジタルマーケティング → デジタル|マーケティング), so a part finds the whole.
   */
  #emitTermParts(scan: Scan, start: number, end: number): void {
    const words = wordsWithin(scan, start, end);
    const wholeTerm = words.length === 2 && words[0] === start && words[1] === end;
    for (let w = 0; w < words.length; w += 2) {
      if (!wholeTerm) scan.emit(words[w]!, words[w + 1]!);
      if (words[w + 1]! - words[w]! > 1) this.#emitParts(scan, words[w]!, words[w + 1]!);
    }
  }

  /** Compound parts of a Latin or katakana word, for indexing. */
  #emitParts(scan: Scan, start: number, end: number): void {
    if (scan.classes[start] === CharClass.Latin) {
      emitLatinParts(scan, start, end);
      return;
    }
    if (scan.classes[start] !== CharClass.Katakana) return;
    // Katakana compounds split only at dictionary words (セールス|イネーブルメント), and
    // only when no piece is a lone character (マーケ|ター is not a split of マーケター).
    const parts: number[] = [];
    let position = start;
    let pieceStart = start;
    while (position < end) {
      const termEnd = this.#containedTerm(scan, position, end, position === start ? end : -1);
      if (termEnd > 0) {
        if (position > pieceStart) parts.push(pieceStart, position);
        parts.push(position, termEnd);
        position = pieceStart = termEnd;
      } else {
        position++;
      }
    }
    if (parts.length === 0) return;
    if (end > pieceStart) parts.push(pieceStart, end);
    for (let p = 0; p < parts.length; p += 2) {
      // A lone character, with or without its long vowel (タ, ター), is not a part.
      const length = parts[p + 1]! - parts[p]! - (scan.folded[parts[p + 1]! - 1] === "ー" ? 1 : 0);
      if (length < 2) return;
    }
    for (let p = 0; p < parts.length; p += 2) scan.emit(parts[p]!, parts[p + 1]!);
  }

  /** The end of the longest dictionary term at `start` within `limit`, other than `skipEnd`. */
  #containedTerm(scan: Scan, start: number, limit: number, skipEnd: number): number {
    for (const term of this.#dictionary.get(scan.folded[start]!) ?? []) {
      const termEnd = start + term.length;
      if (termEnd <= limit && termEnd !== skipEnd && scan.folded.startsWith(term, start)) {
        return termEnd;
      }
    }
    return 0;
  }
}

interface Scan {
  normalized: string;
  folded: string;
  classes: Uint8Array;
  boundaries: Uint8Array;
  emit: (start: number, end: number) => void;
}

/** Where the plain word starting at `start` ends (no dictionary). */
function wordEnd(scan: Scan, start: number): number {
  const { normalized, classes, boundaries } = scan;
  const kind = classes[start];
  let end = start + 1;
  if (kind === CharClass.Latin) {
    for (;;) {
      while (end < normalized.length && classes[end] === CharClass.Latin) end++;
      const next = normalized[end];
      if (
        next !== undefined &&
        LATIN_CONNECTORS.has(next) &&
        classes[end + 1] === CharClass.Latin
      ) {
        end++;
        continue;
      }
      break;
    }
    while (end < normalized.length && LATIN_SUFFIXES.has(normalized[end]!)) end++;
    return end;
  }
  while (end < normalized.length && classes[end] === kind && !boundaries[end]) end++;
  return end;
}

/** The plain words inside a dictionary term, as start/end pairs (販路|開拓). */
function wordsWithin(scan: Scan, start: number, end: number): number[] {
  const words: number[] = [];
  for (let i = start; i < end;) {
    if (scan.classes[i] === CharClass.Other) {
      i++;
      continue;
    }
    const stop = Math.min(wordEnd(scan, i), end);
    // A lone letter (the e of eコマース) is noise; a lone kanji (化) is a word.
    if (!(stop - i === 1 && scan.classes[i] === CharClass.Latin)) words.push(i, stop);
    i = stop;
  }
  return words;
}

/** Emits the pieces of a Latin word joined by connectors (node.js → node, js). */
function emitLatinParts(scan: Scan, start: number, end: number): void {
  const pieces: number[] = [];
  let pieceStart = start;
  let joined = false;
  for (let i = start; i <= end; i++) {
    if (i === end || LATIN_CONNECTORS.has(scan.normalized[i]!)) {
      if (i - pieceStart >= 2) pieces.push(pieceStart, i);
      joined ||= i < end;
      pieceStart = i + 1;
    }
  }
  if (!joined) return;
  for (let p = 0; p < pieces.length; p += 2) scan.emit(pieces[p]!, pieces[p + 1]!);
}

/** Whether a dictionary term of `length` may end at `end` without cutting a word. */
function endsWord(scan: Scan, end: number, length: number): boolean {
  if (scan.boundaries[end]) return true;
  // Segmenter boundaries inside kanji are a guess; a long term is evidence enough.
  return scan.classes[end - 1] === CharClass.Ideographic && length >= 3;
}

const FOREIGN_ASCII = new RegExp(
  `[^a-z0-9${TERM_PUNCTUATION.replace("~", "").replace(/[-\\\]]/g, "\\$&")}\\u0080-\\uffff]`,
  "g",
);

/** Drops ASCII punctuation the index tokenizer would split on (a domain term like c/c++). */
function sanitizeTerm(term: string): string {
  return term.replace(FOREIGN_ASCII, "");
}

/** Whether a term is a Latin-script word eligible for typo tolerance. */
export function isLatinWord(term: string): boolean {
  return /^[a-z]+$/.test(term);
}

/**
 * Particles and endings (the listed words), and lone hiragana the segmenter cuts off a
 * verb (して|き|ました, 任|せ|たい). `term` is folded to katakana but was written in hiragana.
 */
function isStopWord(term: string): boolean {
  if (STOP_WORDS.has(term)) return true;
  if (term.length !== 1) return false;
  const code = term.charCodeAt(0);
  return code >= 0x30a1 && code <= 0x30fc;
}
