import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ChallengeStatus } from "~/generated/prisma/enums";
import { createStandaloneContext } from "~/lib/context";
import { db } from "~/lib/db.server";
import { createSession } from "~/modules/auth/session.server";

let counter = 0;

/**
 * Inserts a complete challenge (publishable as it stands) straight into the database,
 * in `status` (OPEN/PAUSED/CLOSED get a publishedAt), with its first history row.
 */
export async function createTestChallenge(
  companyId: string,
  overrides: {
    title?: string;
    status?: ChallengeStatus;
    publishedAt?: Date;
    category?: "DX_IT" | "SALES_CHANNELS" | "BRANDING" | "OVERSEAS";
    prefectureCode?: string;
    createdById?: string;
    requiredSkillIds?: string[];
  } = {},
) {
  counter += 1;
  const status = overrides.status ?? "OPEN";
  const publishedAt =
    status === "DRAFT" ? null : (overrides.publishedAt ?? new Date(Date.now() - counter * 1000));
  return db.challenge.create({
    data: {
      companyId,
      title: overrides.title ?? `テスト課題${counter}`,
      summary: "受発注の転記をなくしたい",
      background: "FAX と Excel で受発注を管理しています。",
      successCriteria: "受注から出荷までを一つのシステムで追える",
      deliverables: "導入計画",
      category: overrides.category ?? "DX_IT",
      engagementTypes: "SIDE_JOB,CONTRACT",
      workStyle: "HYBRID",
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 8,
      durationMonths: 6,
      compensationType: "MONTHLY",
      compensationMin: 200_000,
      compensationMax: 300_000,
      prefectureCode: overrides.prefectureCode ?? "20",
      municipality: "諏訪市",
      status,
      publishedAt,
      closeReason: status === "CLOSED" ? "CANCELLED" : null,
      createdById: overrides.createdById ?? null,
      skills: overrides.requiredSkillIds
        ? { create: overrides.requiredSkillIds.map((skillId) => ({ skillId, required: true })) }
        : undefined,
      statusChanges: { create: { fromStatus: null, toStatus: status } },
    },
  });
}

/** A session cookie for the user. */
export async function cookieFor(userId: string) {
  const { token } = await createSession(userId);
  return `enishi_session=${token}; enishi_lang=ja`;
}

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

export type RouteOutcome = {
  status: number;
  location: string | null;
  /** the returned data (loaders and actions that answer without a redirect) */
  data: unknown;
  response: Response | null;
};

/** Calls a loader or action the way Remix would and reduces what it gave back. */
export async function callRoute(
  handler: Handler,
  {
    path,
    params = {},
    cookie,
    form,
  }: {
    path: string;
    params?: Record<string, string>;
    cookie?: string;
    form?: Record<string, string | string[]>;
  },
): Promise<RouteOutcome> {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  let body: URLSearchParams | undefined;
  if (form) {
    body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
  }
  const request = new Request(`http://localhost:3000${path}`, {
    method: form ? "POST" : "GET",
    headers,
    body,
  });
  try {
    const result = await handler({ request, context: createStandaloneContext(), params });
    return describe(result);
  } catch (thrown) {
    return describe(thrown);
  }
}

function describe(result: unknown): RouteOutcome {
  if (result instanceof Response) {
    const location = result.headers.get("Location");
    return {
      status: result.status,
      location: location
        ? new URL(location, "http://localhost:3000").pathname +
          new URL(location, "http://localhost:3000").search
        : null,
      data: null,
      response: result,
    };
  }
  const init = result as { init?: { status?: number }; data?: unknown; type?: string } | null;
  if (init && init.type === "DataWithResponseInit") {
    return { status: init.init?.status ?? 200, location: null, data: init.data, response: null };
  }
  if (result instanceof Error) throw result;
  return { status: 200, location: null, data: result, response: null };
}
