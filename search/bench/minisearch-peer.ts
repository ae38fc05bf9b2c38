import MiniSearch, { type SearchResult as MiniSearchResult } from "minisearch";
import { Analyzer, SYNONYM_PREFIX, isLatinWord } from "../analysis/analyzer";
import { LIST_SEPARATOR, matchSpans, segmentsFromSpans } from "../analysis/highlight";
import { allowedTypos } from "../analysis/typo";
import {
  type Filter,
  type IndexSettings,
  type SearchDocument,
  type SearchQuery,
  type SearchResult,
  attributeValue,
  textValue,
} from "../engine";
import { BUSINESS_DOMAIN_TERMS_JA, BUSINESS_SYNONYMS_JA } from "../synonyms/business-ja";

/**
 * MiniSearch, the established embedded peer, given what a fair integration would:
 * the same analyser (so it finds the same words, synonyms included), AND semantics,
 * prefix and typo options, tier boosts, filters and facets computed in JS over its
 * stored fields, and the same highlighter over stored originals.
 */
export class MiniSearchPeer {
  readonly #analyzer = new Analyzer({
    synonyms: BUSINESS_SYNONYMS_JA,
    domainTerms: BUSINESS_DOMAIN_TERMS_JA,
  });
  readonly #search: MiniSearch<SearchDocument>;

  constructor(private readonly settings: IndexSettings) {
    const boost = Object.fromEntries(
      settings.searchableAttributes.map((field, tier) => [
        field,
        3 ** (settings.searchableAttributes.length - tier - 1),
      ]),
    );
    this.#search = new MiniSearch<SearchDocument>({
      idField: settings.primaryKey,
      fields: settings.searchableAttributes,
      storeFields: [
        ...settings.searchableAttributes,
        ...Object.keys(settings.filterableAttributes),
        ...(settings.fitAttribute ? [settings.fitAttribute] : []),
      ],
      extractField: (document, field) => {
        const raw = document[field];
        const kind = settings.filterableAttributes[field];
        if (kind) return attributeValue(kind, raw);
        return Array.isArray(raw) ? raw.map(textValue).join(LIST_SEPARATOR) : raw;
      },
      tokenize: (text) => this.#analyzer.indexTerms(text),
      processTerm: (term) => term,
      searchOptions: { boost, combineWith: "AND" },
    });
  }

  add(documents: SearchDocument[]): void {
    this.#search.addAll(documents);
  }

  replace(documents: SearchDocument[]): void {
    for (const document of documents) this.#search.replace(document);
  }

  search(query: SearchQuery): SearchResult {
    const started = performance.now();
    const tokens = this.#analyzer.queryTokens(query.q ?? "");
    const keys = tokens.map((token) => token.synonym ?? token.term);
    const prefixLast = query.prefix === true && !/\s$/.test(query.q ?? "");
    const predicate = query.filter ? compile(query.filter) : () => true;
    const results = this.#search.search(keys.length > 0 ? keys.join(" ") : MiniSearch.wildcard, {
      tokenize: () => keys,
      processTerm: (term) => term,
      prefix: (_term, index, terms) => prefixLast && index === terms.length - 1,
      fuzzy: (term) => (isLatinWord(term) && allowedTypos(term) > 0 ? allowedTypos(term) : false),
      filter: predicate,
    });
    const facets: Record<string, Record<string, number>> = {};
    for (const field of query.facets ?? []) {
      const counts: Record<string, number> = {};
      for (const result of results) {
        const value = result[field];
        for (const item of Array.isArray(value)
          ? value
          : value === undefined || value === null
            ? []
            : [value]) {
          counts[String(item)] = (counts[String(item)] ?? 0) + 1;
        }
      }
      facets[field] = counts;
    }
    if (query.sort?.length) {
      const [clause] = query.sort;
      const sign = clause!.direction === "asc" ? 1 : -1;
      results.sort(
        (a, b) =>
          ((a[clause!.field] as number) - (b[clause!.field] as number)) * sign || b.score - a.score,
      );
    }
    const page = query.page ?? 1;
    const hitsPerPage = query.hitsPerPage ?? 20;
    const pageResults = results.slice((page - 1) * hitsPerPage, page * hitsPerPage);
    const words = keys.flatMap((key) =>
      key.startsWith(SYNONYM_PREFIX) ? this.#analyzer.synonymSpellings(key) : [key],
    );
    const needles = { words, prefixes: prefixLast && keys.length > 0 ? [keys.at(-1)!] : [] };
    return {
      hits: pageResults.map((result: MiniSearchResult) => ({
        id: String(result.id),
        score: result.score,
        highlights: Object.fromEntries(
          (query.highlight ?? []).map((field) => {
            const text = String(result[field] ?? "");
            return [field, segmentsFromSpans(text, matchSpans(text, needles))];
          }),
        ),
      })),
      total: results.length,
      facets,
      page,
      hitsPerPage,
      tookMs: performance.now() - started,
    };
  }
}

type Stored = Record<string, unknown>;

function compile(filter: Filter): (result: Stored) => boolean {
  switch (filter.op) {
    case "and": {
      const parts = filter.filters.map(compile);
      return (result) => parts.every((part) => part(result));
    }
    case "or": {
      const parts = filter.filters.map(compile);
      return (result) => parts.some((part) => part(result));
    }
    case "not": {
      const inner = compile(filter.filter);
      return (result) => !inner(result);
    }
    case "eq":
      return (result) => {
        const value = result[filter.field];
        return Array.isArray(value) ? value.includes(filter.value) : value === filter.value;
      };
    case "in": {
      const values = new Set(filter.values);
      return (result) => {
        const value = result[filter.field];
        return Array.isArray(value)
          ? value.some((item) => values.has(item))
          : values.has(value as string);
      };
    }
    case "range": {
      const { gte = -Infinity, lte = Infinity } = filter;
      return (result) => {
        const value = result[filter.field];
        return typeof value === "number" && value >= gte && value <= lte;
      };
    }
  }
}
