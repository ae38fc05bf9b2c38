/**
 * Helpers for the search pages and the JSON API: a small market written straight to the
 * database and indexed with the real embedded engine (reindexAll), and a caller that
 * can pose as a given client address and language.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { createStandaloneContext } from "~/lib/context";
import { db } from "~/lib/db.server";
import { reindexAll } from "~/modules/search/reindex.server";
import { createTestCompany } from "./market";
import { createTestProfile } from "./professionals";
import { sessionCookie } from "./routes";
import { createTestUser } from "./users";

let counter = 0;

export type MarketChallenge = {
  title: string;
  summary?: string;
  category?: ChallengeCategory;
  prefectureCode?: string;
  workStyle?: WorkStyle;
  engagementTypes?: string;
  compensationType?: "MONTHLY" | "HOURLY" | "NONE";
  compensationMax?: number | null;
  hoursPerWeek?: number;
  daysAgo?: number;
  deadlineInDays?: number | null;
  status?: "OPEN" | "DRAFT" | "PAUSED" | "CLOSED";
};

export async function insertChallenge(companyId: string, spec: MarketChallenge) {
  counter += 1;
  const status = spec.status ?? "OPEN";
  const day = 86_400_000;
  return db.challenge.create({
    data: {
      companyId,
      title: spec.title,
      summary: spec.summary ?? "地域の企業の経営課題です。",
      background: "人手が足りず、新しい取り組みに手が回っていません。",
      successCriteria: "半年で成果が見えること",
      deliverables: "計画書",
      category: spec.category ?? "DX_IT",
      engagementTypes: spec.engagementTypes ?? "SIDE_JOB",
      workStyle: spec.workStyle ?? "HYBRID",
      onsiteVisitsPerMonth: 1,
      hoursPerWeek: spec.hoursPerWeek ?? 8,
      durationMonths: 6,
      compensationType: spec.compensationType ?? "MONTHLY",
      compensationMin: null,
      compensationMax: spec.compensationMax === undefined ? 200_000 : spec.compensationMax,
      prefectureCode: spec.prefectureCode ?? "20",
      municipality: "松本市",
      status,
      publishedAt:
        status === "DRAFT" ? null : new Date(Date.now() - (spec.daysAgo ?? counter) * day),
      applicationDeadline:
        spec.deadlineInDays === null || spec.deadlineInDays === undefined
          ? null
          : new Date(Date.now() + spec.deadlineInDays * day),
      statusChanges: { create: { fromStatus: null, toStatus: status } },
    },
  });
}

/** The challenges of the search tests: varied text, places, categories, pay and dates. */
export const marketChallenges: MarketChallenge[] = [
  {
    title: "セールス体制を立て直したい",
    summary: "法人向けのセールスを仕組みにしたい。",
    category: "SALES_MARKETING",
    prefectureCode: "20",
    workStyle: "REMOTE",
    engagementTypes: "SIDE_JOB,CONTRACT",
    compensationMax: 400_000,
    daysAgo: 1,
    deadlineInDays: 30,
  },
  {
    title: "首都圏への販路開拓",
    summary: "ゆず製品を首都圏の百貨店に卸したい。",
    category: "SALES_CHANNELS",
    prefectureCode: "39",
    workStyle: "HYBRID",
    engagementTypes: "SIDE_JOB",
    compensationMax: 150_000,
    daysAgo: 2,
    deadlineInDays: 10,
  },
  {
    title: "受発注のデジタル化",
    summary: "FAXの受発注をなくし、在庫と連動させたい。",
    category: "DX_IT",
    prefectureCode: "20",
    workStyle: "ONSITE",
    engagementTypes: "CONTRACT",
    compensationType: "HOURLY",
    compensationMax: 5_000,
    hoursPerWeek: 10,
    daysAgo: 3,
    deadlineInDays: 60,
  },
  {
    title: "ECサイトの立ち上げ",
    summary: "自社のネットショップを作り、通販を始めたい。",
    category: "SALES_CHANNELS",
    prefectureCode: "15",
    workStyle: "REMOTE",
    engagementTypes: "SIDE_JOB,PRO_BONO",
    compensationType: "NONE",
    compensationMax: null,
    daysAgo: 4,
    deadlineInDays: null,
  },
  {
    title: "Python でデータ分析の仕組みを作る",
    summary: "販売データを Python で分析したい。",
    category: "DX_IT",
    prefectureCode: "13",
    workStyle: "REMOTE",
    engagementTypes: "CONTRACT",
    compensationMax: 600_000,
    daysAgo: 5,
    deadlineInDays: 5,
  },
  { title: "非公開の下書き（セールス）", status: "DRAFT", daysAgo: 0 },
  { title: "募集を終えた課題（セールス）", status: "CLOSED", daysAgo: 0 },
];

/** Every OPEN challenge of `marketChallenges`, by title. */
export const openTitles = marketChallenges
  .filter((spec) => (spec.status ?? "OPEN") === "OPEN")
  .map((spec) => spec.title);

export async function seedChallengeMarket(extra: MarketChallenge[] = []) {
  const { company } = await createTestCompany({ name: "信州精密工業株式会社" });
  const challenges = [];
  for (const spec of [...marketChallenges, ...extra]) {
    challenges.push(await insertChallenge(company.id, spec));
  }
  await reindexAll();
  return { company, challenges };
}

/**
 * Profiles of every visibility. Company B is blocked by the signed-in-only profile and
 * by the anonymous one (B is their employer).
 */
export async function seedProfileMarket() {
  const memberA = await createTestUser({ role: "COMPANY_MEMBER", email: "a@discovery.example.jp" });
  const memberB = await createTestUser({ role: "COMPANY_MEMBER", email: "b@discovery.example.jp" });
  const { company: companyA } = await createTestCompany({ name: "A株式会社", ownerId: memberA.id });
  const { company: companyB } = await createTestCompany({ name: "B株式会社", ownerId: memberB.id });
  const publicPro = await createTestProfile({
    name: "公開 花子",
    visibility: "PUBLIC",
    headline: "セールスと販路開拓の専門家",
  });
  const signedIn = await createTestProfile({
    name: "会員 次郎",
    visibility: "SIGNED_IN",
    headline: "製造業のDX推進",
    blockedCompanyIds: [companyB.id],
  });
  const anonymous = await createTestProfile({
    name: "匿名 三郎",
    visibility: "ANONYMOUS",
    headline: "マーケティングでブランドを育てる",
    currentEmployer: "B株式会社",
    currentIndustryCode: "G",
    blockedCompanyIds: [companyB.id],
  });
  const hidden = await createTestProfile({
    name: "非公開 四郎",
    visibility: "HIDDEN",
    headline: "セールスの非公開プロフィール",
  });
  await db.profileRegion.create({
    data: { profileId: publicPro.profile.id, prefectureCode: "20" },
  });
  await db.hometownTie.create({
    data: { profileId: signedIn.profile.id, prefectureCode: "39", kind: "BIRTHPLACE" },
  });
  await db.professionalProfile.update({
    where: { id: publicPro.profile.id },
    data: { engagementTypes: "SIDE_JOB,CONTRACT", workStyles: "REMOTE", hoursPerWeek: 10 },
  });
  await db.professionalProfile.update({
    where: { id: anonymous.profile.id },
    data: { engagementTypes: "SIDE_JOB", workStyles: "REMOTE,HYBRID", hoursPerWeek: 20 },
  });
  await reindexAll();
  return {
    companyA,
    companyB,
    cookieA: await sessionCookie(memberA.id),
    cookieB: await sessionCookie(memberB.id),
    profiles: { publicPro, signedIn, anonymous, hidden },
  };
}

let addressCounter = 0;

/** A client address no other test uses, so rate limits of one test do not leak into another. */
export function freshAddress() {
  addressCounter += 1;
  return `10.${process.pid % 250}.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`;
}

export type Called = {
  status: number;
  headers: Headers;
  /** JSON bodies parsed; loader data as returned */
  body: unknown;
  location: string | null;
};

/**
 * Calls a loader as Remix would, from `ip`, in `language` (Accept-Language), and reduces
 * what it returned or threw.
 */
export async function call(
  loader: (args: LoaderFunctionArgs) => unknown,
  path: string,
  {
    cookie,
    ip = freshAddress(),
    language,
  }: { cookie?: string; ip?: string; language?: "ja" | "en" } = {},
): Promise<Called> {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  if (language) headers.set("Accept-Language", language === "ja" ? "ja-JP" : "en-US");
  const request = new Request(`http://localhost:3000${path}`, { headers });
  let result: unknown;
  try {
    result = await loader({
      request,
      context: createStandaloneContext({ clientIp: ip }),
      params: {},
    });
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response) {
    const type = result.headers.get("Content-Type") ?? "";
    const body = type.includes("json") ? await result.json() : await result.text();
    return {
      status: result.status,
      headers: result.headers,
      body,
      location: result.headers.get("Location"),
    };
  }
  const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } } | null;
  if (wrapped && wrapped.type === "DataWithResponseInit") {
    return {
      status: wrapped.init?.status ?? 200,
      headers: new Headers(),
      body: wrapped.data,
      location: null,
    };
  }
  if (result instanceof Error) throw result;
  return { status: 200, headers: new Headers(), body: result, location: null };
}

type Schema = Record<string, unknown>;

/**
 * The problems of `value` against an OpenAPI 3.1 (JSON Schema 2020-12) schema, for the
 * keywords the API's document uses: $ref, allOf, type (incl. lists), enum, const,
 * required, properties, additionalProperties, items, minimum, maximum. Empty = conforms.
 */
export function schemaProblems(
  schema: Schema,
  value: unknown,
  document: Schema,
  at = "$",
): string[] {
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Schema | undefined)?.[key], document);
    if (!target) return [`${at}: unresolved ${schema.$ref}`];
    return schemaProblems(target as Schema, value, document, at);
  }
  const problems: string[] = [];
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
    problems.push(...schemaProblems(part, value, document, at));
  }
  const typeOf = (item: unknown) =>
    item === null
      ? "null"
      : Array.isArray(item)
        ? "array"
        : Number.isInteger(item)
          ? "integer"
          : typeof item;
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    const ok = allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
    if (!ok) return [...problems, `${at}: ${actual} is not ${allowed.join("|")}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    problems.push(`${at}: ${String(value)} not in enum`);
  }
  if ("const" in schema && schema.const !== value)
    problems.push(`${at}: not ${String(schema.const)}`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) problems.push(`${at}: < min`);
    if (typeof schema.maximum === "number" && value > schema.maximum) problems.push(`${at}: > max`);
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) {
      if (!(key in object)) problems.push(`${at}.${key}: missing`);
    }
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, item] of Object.entries(object)) {
      if (properties[key])
        problems.push(...schemaProblems(properties[key], item, document, `${at}.${key}`));
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        problems.push(
          ...schemaProblems(schema.additionalProperties as Schema, item, document, `${at}.${key}`),
        );
      }
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) =>
      problems.push(...schemaProblems(schema.items as Schema, item, document, `${at}[${index}]`)),
    );
  }
  return problems;
}
