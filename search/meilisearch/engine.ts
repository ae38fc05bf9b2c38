import {
  type EnqueuedTaskPromise,
  Meilisearch,
  type SearchParams,
  type Settings,
} from "meilisearch";
import { DEFAULT_CROP_LENGTH } from "../analysis/highlight";
import {
  type IndexSettings,
  type IndexStats,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  SearchConfigurationError,
  attributeValue,
  validateSettings,
} from "../engine";
import { BUSINESS_SYNONYMS_JA } from "../synonyms/business-ja";
import { toMeilisearchFilter } from "./filter";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, segmentsFromFormatted } from "./highlight";

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Documents per request; each batch is awaited before the next. */
  batchSize?: number;
  /** How long to wait for one indexing task. */
  taskTimeoutMs?: number;
  /** How often to poll a task. */
  taskIntervalMs?: number;
}

export class MeilisearchTaskError extends Error {
  override name = "MeilisearchTaskError";
}

const DEFAULT_BATCH_SIZE = 1_000;
const DEFAULT_HITS_PER_PAGE = 20;
/** Meilisearch crops in words; a Japanese word averages about two characters. */
const CHARACTERS_PER_CROP_WORD = 2;

/** The Meilisearch settings equivalent to an index's settings. */
export function meilisearchSettings(settings: IndexSettings): Settings {
  const rankingRules = ["words", "typo", "proximity", "attribute", "sort", "exactness"];
  if (settings.fitAttribute) rankingRules.push(`${settings.fitAttribute}:desc`);
  return {
    searchableAttributes: settings.searchableAttributes,
    filterableAttributes: Object.keys(settings.filterableAttributes),
    sortableAttributes: settings.sortableAttributes ?? [],
    rankingRules,
    synonyms: symmetricSynonyms(settings.synonyms ?? BUSINESS_SYNONYMS_JA),
    // Kanji-only text is otherwise detected as Chinese and segmented wrongly.
    localizedAttributes: [{ attributePatterns: ["*"], locales: ["jpn"] }],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 10_000 },
  };
}

/** Meilisearch wants every term mapped to the others of its group. */
export function symmetricSynonyms(
  groups: readonly (readonly string[])[],
): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.toLowerCase()))];
    for (const term of terms) {
      synonyms[term] = [
        ...new Set([...(synonyms[term] ?? []), ...terms.filter((t) => t !== term)]),
      ];
    }
  }
  return synonyms;
}

export class MeilisearchEngine implements SearchEngine {
  readonly #client: Meilisearch;
  readonly #settings = new Map<string, IndexSettings>();
  readonly #batchSize: number;

  constructor(options: MeilisearchEngineOptions) {
    this.#client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      defaultWaitOptions: {
        timeout: options.taskTimeoutMs ?? 120_000,
        interval: options.taskIntervalMs ?? 50,
      },
    });
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  async configure(settings: IndexSettings): Promise<void> {
    validateSettings(settings);
    const created = await this.#client
      .createIndex(settings.name, { primaryKey: settings.primaryKey })
      .waitTask();
    if (created.status !== "succeeded" && created.error?.code !== "index_already_exists") {
      throw new MeilisearchTaskError(taskFailure("create", settings.name, created.error));
    }
    await this.#wait(
      this.#client.index(settings.name).updateSettings(meilisearchSettings(settings)),
      `settings of ${settings.name}`,
    );
    this.#settings.set(settings.name, settings);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const settings = this.#state(index);
    const projected = documents.map((document) => project(settings, document));
    for (let start = 0; start < projected.length; start += this.#batchSize) {
      const batch = projected.slice(start, start + this.#batchSize);
      await this.#wait(
        this.#client.index(index).addDocuments(batch, { primaryKey: settings.primaryKey }),
        `documents of ${index}`,
      );
    }
  }

  async delete(index: string, ids: (string | number)[]): Promise<void> {
    this.#state(index);
    for (let start = 0; start < ids.length; start += this.#batchSize) {
      const batch = ids.slice(start, start + this.#batchSize).map(String);
      await this.#wait(this.#client.index(index).deleteDocuments(batch), `deletion in ${index}`);
    }
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const settings = this.#state(index);
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const hitsPerPage = Math.max(0, Math.floor(query.hitsPerPage ?? DEFAULT_HITS_PER_PAGE));
    const highlight = query.highlight ?? [];
    const text = query.q ?? "";
    // Meilisearch always treats the last word as a prefix unless the query ends with a space.
    const q = query.prefix || text.trim() === "" ? text : `${text} `;
    const params: SearchParams & { page: number; hitsPerPage: number } = {
      page,
      hitsPerPage,
      matchingStrategy: "all",
      showRankingScore: true,
      attributesToRetrieve: [settings.primaryKey, ...highlight],
    };
    if (query.filter) params.filter = toMeilisearchFilter(query.filter);
    if (query.facets?.length) params.facets = query.facets;
    if (query.sort?.length) {
      params.sort = query.sort.map((clause) => `${clause.field}:${clause.direction}`);
    }
    if (highlight.length > 0) {
      params.attributesToHighlight = highlight;
      params.highlightPreTag = HIGHLIGHT_PRE_TAG;
      params.highlightPostTag = HIGHLIGHT_POST_TAG;
      params.attributesToCrop = highlight;
      params.cropLength = Math.max(
        1,
        Math.round((query.cropLength ?? DEFAULT_CROP_LENGTH) / CHARACTERS_PER_CROP_WORD),
      );
      params.cropMarker = "…";
    }
    const response = await this.#client
      .index(index)
      .search<SearchDocument, typeof params>(q, params);
    const facets: Record<string, Record<string, number>> = {};
    for (const field of query.facets ?? []) {
      facets[field] = { ...(response.facetDistribution?.[field] ?? {}) };
    }
    return {
      hits: response.hits.map((hit) => ({
        id: String(hit[settings.primaryKey]),
        score: hit._rankingScore ?? 0,
        highlights: Object.fromEntries(
          highlight.map((field) => [field, segmentsFromFormatted(hit._formatted?.[field])]),
        ),
      })),
      total: response.totalHits,
      facets,
      page,
      hitsPerPage,
      tookMs: performance.now() - started,
    };
  }

  async stats(index: string): Promise<IndexStats> {
    const stats = await this.#client.index(index).getStats();
    return { documentCount: stats.numberOfDocuments, sizeBytes: stats.rawDocumentDbSize };
  }

  async clear(index: string): Promise<void> {
    await this.#wait(this.#client.index(index).deleteAllDocuments(), `clearing ${index}`);
  }

  async close(): Promise<void> {}

  #state(index: string): IndexSettings {
    const settings = this.#settings.get(index);
    if (!settings) throw new SearchConfigurationError(`index ${index} is not configured`);
    return settings;
  }

  async #wait(enqueued: EnqueuedTaskPromise, what: string): Promise<void> {
    const task = await enqueued.waitTask();
    if (task.status !== "succeeded") {
      throw new MeilisearchTaskError(taskFailure(task.status, what, task.error));
    }
  }
}

function taskFailure(
  status: string,
  what: string,
  error: { code?: string; message?: string } | null,
) {
  return `Meilisearch task ${status} for ${what}: ${error?.code ?? "unknown"} ${error?.message ?? ""}`.trim();
}

/** Only the attributes the index uses leave the app, dates as epoch milliseconds. */
function project(settings: IndexSettings, document: SearchDocument): SearchDocument {
  const id = document[settings.primaryKey];
  if (typeof id !== "string" && typeof id !== "number") {
    throw new SearchConfigurationError(`a ${settings.name} document lacks ${settings.primaryKey}`);
  }
  const projected: SearchDocument = { [settings.primaryKey]: id };
  for (const field of settings.searchableAttributes) {
    if (document[field] !== undefined && document[field] !== null)
      projected[field] = document[field];
  }
  for (const [field, kind] of Object.entries(settings.filterableAttributes)) {
    const value = attributeValue(kind, document[field]);
    if (value !== null) projected[field] = value;
  }
  if (settings.fitAttribute) {
    const fit = attributeValue("number", document[settings.fitAttribute]);
    if (fit !== null) projected[settings.fitAttribute] = fit;
  }
  return projected;
}
