/**
 * The one search interface both engines implement (embedded SQLite FTS5 and Meilisearch).
 * Documents are plain objects; results carry ids, scores, highlight segments and facet
 * counts, never the documents themselves: the app reads its own database for display.
 */

/** How a non-text attribute is stored, filtered and faceted. */
export type AttributeKind =
  /** One string value (prefecture code, category). */
  | "keyword"
  /** A set of strings (engagement types, work styles). `eq` means "contains". */
  | "keywords"
  | "number"
  | "boolean"
  /** Epoch milliseconds; a `Date` or ISO string in a document is converted. */
  | "date";

export interface IndexSettings {
  /** Lowercase letters, digits and `_` (it names tables and Meilisearch indexes). */
  name: string;
  /** The document attribute holding its id (a string or an integer). */
  primaryKey: string;
  /**
   * Text attributes in ranking tiers, most important first: a match in the first
   * beats a match in the second. Values are strings or arrays of strings.
   */
  searchableAttributes: string[];
  /** Attributes usable in filters, sorts and facets, with their kind. */
  filterableAttributes: Record<string, AttributeKind>;
  /** Attributes a search may sort by: numbers, dates, booleans or keywords. */
  sortableAttributes?: string[];
  /** Attributes whose value counts a search may ask for. */
  facetAttributes?: string[];
  /** A numeric attribute (higher is better) that breaks ties after every other rule. */
  fitAttribute?: string;
  /** Groups of equivalent terms; the default is the business vocabulary table. */
  synonyms?: readonly (readonly string[])[];
  /** Extra terms kept whole by the Japanese segmenter (skill names, place names). */
  domainTerms?: readonly string[];
}

export type SearchDocument = Record<string, unknown>;

export type FilterValue = string | number | boolean;

/** A typed filter: the app builds it with the helpers below, never as a string. */
export type Filter =
  | { op: "eq"; field: string; value: FilterValue }
  | { op: "in"; field: string; values: FilterValue[] }
  | { op: "range"; field: string; gte?: number; lte?: number }
  | { op: "and"; filters: Filter[] }
  | { op: "or"; filters: Filter[] }
  | { op: "not"; filter: Filter };

export const eq = (field: string, value: FilterValue): Filter => ({ op: "eq", field, value });
export const anyOf = (field: string, values: FilterValue[]): Filter => ({
  op: "in",
  field,
  values,
});
export const range = (field: string, bounds: { gte?: number; lte?: number }): Filter => ({
  op: "range",
  field,
  ...bounds,
});
export const and = (...filters: Filter[]): Filter => ({ op: "and", filters });
export const or = (...filters: Filter[]): Filter => ({ op: "or", filters });
export const not = (filter: Filter): Filter => ({ op: "not", filter });

export interface SortClause {
  field: string;
  direction: "asc" | "desc";
}

export interface SearchQuery {
  /** Free text; empty or absent lists every document that passes the filter. */
  q?: string;
  filter?: Filter;
  /** Facet attributes to count over the filtered matches. */
  facets?: string[];
  /** Orders documents of equal text relevance (like Meilisearch's `sort` rule). */
  sort?: SortClause[];
  /** 1-based. */
  page?: number;
  hitsPerPage?: number;
  /** Attributes to return highlight segments for. */
  highlight?: string[];
  /** Longer highlighted values are cropped to about this many characters around the first match. */
  cropLength?: number;
  /** Treat the last query word as a prefix (autocomplete) unless the query ends with a space. */
  prefix?: boolean;
}

/** A piece of an attribute's original text; `match` pieces are what the query found. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  /** Relevance in [0, 1]; comparable within one result list only. */
  score: number;
  highlights: Record<string, HighlightSegment[]>;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Counts per facet value, over all documents that match the query and the filter. */
  facets: Record<string, Record<string, number>>;
  page: number;
  hitsPerPage: number;
  tookMs: number;
}

export interface IndexStats {
  documentCount: number;
  /** Bytes on disk (embedded: this index's tables; Meilisearch: the index database). */
  sizeBytes: number;
}

export interface SearchEngine {
  /** Creates the index or updates its settings; documents already indexed stay. */
  configure(settings: IndexSettings): Promise<void>;
  /** Inserts or replaces documents by primary key; applying a batch twice is harmless. */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  /** Removes documents; unknown ids are ignored. */
  delete(index: string, ids: (string | number)[]): Promise<void>;
  search(index: string, query: SearchQuery): Promise<SearchResult>;
  stats(index: string): Promise<IndexStats>;
  /** Removes every document and keeps the settings. */
  clear(index: string): Promise<void>;
  close(): Promise<void>;
}

export class SearchConfigurationError extends Error {
  override name = "SearchConfigurationError";
}

const INDEX_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** Rejects settings that would mean different things to the two engines. */
export function validateSettings(settings: IndexSettings): void {
  const fail = (message: string) => {
    throw new SearchConfigurationError(`index ${settings.name}: ${message}`);
  };
  if (!INDEX_NAME.test(settings.name)) fail("name must match " + INDEX_NAME.source);
  if (settings.searchableAttributes.length === 0) fail("needs a searchable attribute");
  const kinds = settings.filterableAttributes;
  for (const field of settings.sortableAttributes ?? []) {
    if (!kinds[field]) fail(`sortable ${field} must also be filterable`);
  }
  for (const field of settings.facetAttributes ?? []) {
    if (!kinds[field]) fail(`facet ${field} must also be filterable`);
  }
  const fit = settings.fitAttribute;
  if (fit && kinds[fit] && kinds[fit] !== "number") fail(`fit ${fit} must be a number`);
}

/** The value an attribute holds in an index, whatever the app handed in. */
export function attributeValue(kind: AttributeKind, raw: unknown): FilterValue | string[] | null {
  if (raw === null || raw === undefined) return null;
  switch (kind) {
    case "keyword":
      return String(raw);
    case "keywords":
      return (Array.isArray(raw) ? raw : [raw]).map(String);
    case "number":
      return typeof raw === "number" && Number.isFinite(raw) ? raw : null;
    case "boolean":
      return typeof raw === "boolean" ? raw : null;
    case "date": {
      const ms =
        raw instanceof Date ? raw.getTime() : typeof raw === "string" ? Date.parse(raw) : raw;
      return typeof ms === "number" && Number.isFinite(ms) ? ms : null;
    }
  }
}

/** The text an attribute contributes to the full-text index. */
export function textValue(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (Array.isArray(raw)) return raw.map(textValue).join("\n");
  return String(raw);
}
