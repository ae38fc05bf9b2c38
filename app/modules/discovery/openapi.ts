/**
 * The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json. The query
 * parameters are generated from the same zod schemas the pages and the endpoints parse
 * with (z.toJSONSchema), and their descriptions are typed by the schemas' keys, so a
 * parameter added to a schema without documentation fails the typecheck.
 */
import { z } from "zod";
import {
  challengeSearchSchema,
  professionalSearchSchema,
  type ChallengeSearchParams,
  type ProfessionalSearchParams,
} from "~/modules/search/params";
import { apiRateLimits, PROBLEM_TYPE_BASE } from "./api-limits";
import { HITS_PER_PAGE } from "./filters";
import { suggestQuerySchema } from "./parse";

type JsonSchema = Record<string, unknown>;

const challengeDescriptions: Record<keyof ChallengeSearchParams, string> = {
  q: "Keywords (Japanese or English). Every word must match; synonyms (営業 = セールス), full/half-width and kana variants match each other; the last word also matches as a prefix.",
  region:
    "Region blocks (地方). Repeat the parameter or separate with commas; values are alternatives. Together with `pref`, a challenge in either matches.",
  pref: "Prefectures by JIS X 0401 code (01–47). Repeatable; alternatives.",
  category: "Challenge categories. Repeatable; alternatives.",
  engagement: "Engagement types offered. Repeatable; alternatives.",
  style: "Work styles. Repeatable; alternatives.",
  remote: "Only challenges that can be done remotely or hybrid (`1`, `true` or `on`).",
  payMin:
    "Only challenges paying at least this many yen a month (hourly pay × hours a week × 4.33).",
  sort: "`relevance` (default; the newest first when there are no keywords), `newest`, or `deadline` (soonest application deadline first).",
  page: `Page number, ${HITS_PER_PAGE} results a page.`,
};

const professionalDescriptions: Record<keyof ProfessionalSearchParams, string> = {
  q: "Keywords (Japanese or English) over headlines, skills and, for profiles that are not anonymous, names, careers and bios. Anonymous profiles are never found by name or employer.",
  region: "Region blocks of interest or of a hometown tie. Repeatable; alternatives.",
  pref: "Prefectures (JIS X 0401 code) of interest or of a hometown tie. Repeatable; alternatives.",
  tie: "Only professionals with a hometown tie (ふるさと) to the chosen regions or prefectures (`1`, `true` or `on`); without places, anyone with a tie.",
  engagement: "Engagement types the professional accepts. Repeatable; alternatives.",
  style: "Work styles the professional accepts. Repeatable; alternatives.",
  hoursMin: "Available at least this many hours a week (0–80).",
  sort: "`relevance` (default; the most recently updated first when there are no keywords), `updated`, or `available` (earliest availability first).",
  page: `Page number, ${HITS_PER_PAGE} results a page.`,
};

/** One OpenAPI query parameter per schema key, its JSON Schema from zod. */
export function queryParameters(
  schema: z.ZodObject,
  descriptions: Record<string, string>,
): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonSchema>;
  };
  return Object.keys(schema.shape).map((name) => {
    const property = { ...json.properties[name] };
    const items = property.items as { enum?: string[] } | undefined;
    if (items?.enum) items.enum = [...items.enum].sort();
    if (Array.isArray(property.enum)) property.enum = [...(property.enum as string[])].sort();
    const isArray = property.type === "array";
    return {
      name,
      in: "query",
      required: false,
      description: descriptions[name],
      schema: property,
      ...(isArray ? { style: "form", explode: true } : {}),
    };
  });
}

const segment = {
  type: "object",
  required: ["text", "match"],
  properties: { text: { type: "string" }, match: { type: "boolean" } },
  description:
    "A piece of the field's text; `match` pieces are what the keywords found. Plain text, never HTML.",
};

const highlights = (fields: string[]) => ({
  type: "object",
  properties: Object.fromEntries(
    fields.map((field) => [
      field,
      { type: "array", items: { $ref: "#/components/schemas/HighlightSegment" } },
    ]),
  ),
});

const dateTime = { type: ["string", "null"], format: "date-time" };

const challengeItem = {
  type: "object",
  required: [
    "id",
    "title",
    "summary",
    "category",
    "prefectureCode",
    "workStyle",
    "engagementTypes",
    "company",
    "highlights",
  ],
  properties: {
    id: { type: "string" },
    title: { type: "string" },
    summary: { type: "string" },
    category: { type: "string" },
    prefectureCode: { type: "string", pattern: "^[0-9]{2}$" },
    workStyle: { type: "string", enum: ["REMOTE", "HYBRID", "ONSITE"] },
    engagementTypes: { type: "array", items: { type: "string" } },
    publishedAt: dateTime,
    applicationDeadline: dateTime,
    company: {
      type: "object",
      required: ["id", "name"],
      properties: { id: { type: "string" }, name: { type: "string" } },
    },
    highlights: highlights(["title", "summary"]),
  },
};

const professionalItem = {
  type: "object",
  required: ["id", "view", "highlights"],
  description:
    "A profile as the caller may see it: `full` carries the name; `anonymous` carries a generated summary instead and never a name, photo, employer or links.",
  properties: {
    id: { type: "string" },
    view: { type: "string", enum: ["full", "anonymous"] },
    name: { type: ["string", "null"], description: "Only in the `full` view." },
    summary: { type: ["string", "null"], description: "The anonymous summary (業種・スキル年数)." },
    headline: { type: "string" },
    highlights: highlights(["headline"]),
  },
  additionalProperties: true,
};

const facetCounts = {
  type: "object",
  description:
    "Counts per facet value over the matching documents; a facet with a selection counts its values with its own selection left out.",
  additionalProperties: {
    type: "array",
    items: {
      type: "object",
      required: ["value", "count"],
      properties: { value: { type: "string" }, count: { type: "integer", minimum: 0 } },
    },
  },
};

const listEnvelope = (item: string) => ({
  type: "object",
  required: ["data", "meta", "facets", "links"],
  properties: {
    data: { type: "array", items: { $ref: `#/components/schemas/${item}` } },
    meta: {
      type: "object",
      required: ["total", "page", "pageCount", "hitsPerPage"],
      properties: {
        total: { type: "integer", minimum: 0 },
        page: { type: "integer", minimum: 1 },
        pageCount: { type: "integer", minimum: 1 },
        hitsPerPage: { type: "integer", const: HITS_PER_PAGE },
      },
    },
    facets: { $ref: "#/components/schemas/FacetCounts" },
    links: {
      type: "object",
      required: ["self", "next", "prev"],
      properties: {
        self: { type: "string", format: "uri" },
        next: { type: ["string", "null"], format: "uri" },
        prev: { type: ["string", "null"], format: "uri" },
      },
    },
  },
});

const problemResponse = (description: string, extra: JsonSchema = {}) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
  ...extra,
});

const rateLimited = problemResponse("Too many requests from this address (or user).", {
  headers: {
    "Retry-After": {
      description: "Seconds until the window resets.",
      schema: { type: "integer", minimum: 1 },
    },
  },
});

const badRequest = {
  description:
    "A parameter is not valid; each one is listed with a message in the request's language (Accept-Language, or the signed-in user's setting).",
  content: {
    "application/problem+json": { schema: { $ref: "#/components/schemas/ValidationProblem" } },
  },
};

function rateLimitNote(perIp: number, perUser?: number) {
  const window = apiRateLimits.windowSeconds;
  return (
    `Rate limit: ${perIp} requests per ${window} s per client address` +
    (perUser ? ` and ${perUser} per ${window} s per user` : "") +
    "; beyond it, 429 with Retry-After."
  );
}

export function buildOpenApiDocument({
  serverUrl,
  sessionCookieName,
}: {
  serverUrl: string;
  sessionCookieName: string;
}) {
  const limits = apiRateLimits;
  return {
    openapi: "3.1.0",
    info: {
      title: "Enishi search API",
      version: "1.0.0",
      description:
        "Search the open business challenges of regional companies (public) and professional profiles (company members, coordinators and administrators, signed in with the session cookie). The parameters are the same as the search pages /challenges and /pros take, so a page URL's query string works here as it is. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/challenges": {
        get: {
          operationId: "searchChallenges",
          summary: "Search open challenges",
          description: `Public. ${rateLimitNote(limits.challengesPerIp)} Responses may be cached for 60 s.`,
          security: [{}],
          parameters: queryParameters(challengeSearchSchema, challengeDescriptions),
          responses: {
            "200": {
              description: "A page of open challenges with facet counts.",
              headers: {
                "Cache-Control": { schema: { type: "string", example: "public, max-age=60" } },
              },
              content: {
                "application/json": { schema: listEnvelope("ChallengeItem") },
              },
            },
            "400": badRequest,
            "429": rateLimited,
          },
        },
      },
      "/api/v1/professionals": {
        get: {
          operationId: "searchProfessionals",
          summary: "Search professional profiles",
          description: `For signed-in company members, coordinators and administrators. Visibility rules apply: hidden profiles are never returned, anonymous ones only as a summary, and profiles that block one of the caller's companies are left out (also from the facet counts). ${rateLimitNote(limits.professionalsPerIp, limits.professionalsPerUser)} Never cached.`,
          security: [{ sessionCookie: [] }],
          parameters: queryParameters(professionalSearchSchema, professionalDescriptions),
          responses: {
            "200": {
              description: "A page of profiles as the caller may see them.",
              headers: {
                "Cache-Control": { schema: { type: "string", example: "private, no-store" } },
              },
              content: {
                "application/json": { schema: listEnvelope("ProfessionalItem") },
              },
            },
            "400": badRequest,
            "401": problemResponse("Not signed in."),
            "403": problemResponse(
              "Signed in, but not a company member, coordinator or administrator.",
            ),
            "429": rateLimited,
          },
        },
      },
      "/api/v1/suggest": {
        get: {
          operationId: "suggest",
          summary: "Keyword suggestions for the search boxes",
          description: `\`index=challenges\` is public; \`index=professionals\` has the same rules as /api/v1/professionals. ${rateLimitNote(limits.suggestPerIp)}`,
          security: [{}, { sessionCookie: [] }],
          parameters: queryParameters(suggestQuerySchema, {
            index: "Which search to suggest keywords for.",
            q: "The text typed so far.",
            limit: "How many suggestions (1–20).",
          }),
          responses: {
            "200": {
              description: "Suggestions, best first.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["data"],
                    properties: {
                      data: {
                        type: "array",
                        items: {
                          type: "object",
                          required: ["text", "kind"],
                          properties: { text: { type: "string" }, kind: { type: "string" } },
                        },
                      },
                    },
                  },
                },
              },
            },
            "400": badRequest,
            "401": problemResponse("index=professionals without signing in."),
            "403": problemResponse("index=professionals for a role that may not search profiles."),
            "429": rateLimited,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: sessionCookieName,
          description: "The session cookie set by signing in at /login.",
        },
      },
      schemas: {
        HighlightSegment: segment,
        ChallengeItem: challengeItem,
        ProfessionalItem: professionalItem,
        FacetCounts: facetCounts,
        Problem: {
          type: "object",
          required: ["type", "title", "status"],
          properties: {
            type: { type: "string", format: "uri-reference" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            retryAfter: { type: "integer", description: "Seconds, on 429." },
          },
        },
        ValidationProblem: {
          allOf: [
            { $ref: "#/components/schemas/Problem" },
            {
              type: "object",
              required: ["invalidParams"],
              properties: {
                type: { const: `${PROBLEM_TYPE_BASE}/invalid-parameters` },
                invalidParams: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["name", "reason"],
                    properties: { name: { type: "string" }, reason: { type: "string" } },
                  },
                },
              },
            },
          ],
        },
      },
    },
  };
}
