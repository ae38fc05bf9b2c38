import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { createStandaloneContext } from "~/lib/context";
import { createSession } from "~/modules/auth/session.server";
import type { Role } from "~/modules/auth/roles";
import { createTestUser } from "./users";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

export type RouteOutcome = {
  status: number;
  /** the redirect's path, when there is one */
  location: string | null;
  /** what a loader or action returned (or the body of a `data()` response) */
  data: unknown;
  response: Response | null;
};

/** A signed-in session cookie for `userId`. */
export async function sessionCookie(userId: string) {
  const { token } = await createSession(userId);
  return `enishi_session=${token}`;
}

/** A user with a session, ready to call routes as. */
export async function signedInUser(role: Role, overrides: { name?: string; email?: string } = {}) {
  const user = await createTestUser({ role, ...overrides });
  return { user, cookie: await sessionCookie(user.id) };
}

/**
 * Calls a loader or action the way Remix would and reduces whatever it returns or throws
 * (a redirect, a `data()` with a status, a Response, plain data) to one outcome.
 */
export async function callRoute(
  handler: Handler,
  {
    path,
    cookie,
    form,
    params = {},
  }: {
    path: string;
    cookie?: string;
    form?: Record<string, string | string[]> | FormData;
    params?: Record<string, string>;
  },
): Promise<RouteOutcome> {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  let body: FormData | undefined;
  if (form instanceof FormData) body = form;
  else if (form) {
    body = new FormData();
    for (const [name, value] of Object.entries(form)) {
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
  }
  const request = new Request(`http://localhost:3000${path}`, {
    method: body ? "POST" : "GET",
    headers,
    body,
  });
  try {
    return await describe(await handler({ request, context: createStandaloneContext(), params }));
  } catch (thrown) {
    return describe(thrown, true);
  }
}

async function describe(result: unknown, thrown = false): Promise<RouteOutcome> {
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
  const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } } | null;
  if (wrapped && wrapped.type === "DataWithResponseInit") {
    return {
      status: wrapped.init?.status ?? 200,
      location: null,
      data: wrapped.data,
      response: null,
    };
  }
  if (thrown) throw result;
  return { status: 200, location: null, data: result, response: null };
}

/** A professional with a saved profile, written straight to the database. */
export async function createTestProfile(
  options: {
    name?: string;
    visibility?: "PUBLIC" | "SIGNED_IN" | "ANONYMOUS" | "HIDDEN";
    headline?: string;
    currentEmployer?: string | null;
    currentIndustryCode?: string | null;
    blockedCompanyIds?: string[];
    links?: Array<{ label: string; url: string }>;
    withPhoto?: boolean;
  } = {},
) {
  const { user, cookie } = await signedInUser("PROFESSIONAL", { name: options.name });
  const photo = options.withPhoto
    ? await db.image.create({
        data: {
          contentType: "image/png",
          bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
          byteSize: 12,
        },
      })
    : null;
  const profile = await db.professionalProfile.create({
    data: {
      userId: user.id,
      visibility: options.visibility ?? "SIGNED_IN",
      headline: options.headline ?? "製造業のDX推進",
      bio: "長野県出身。東京で製造業向けの DX を推進しています。",
      currentEmployer:
        options.currentEmployer === undefined ? "株式会社ひみつ" : options.currentEmployer,
      currentIndustryCode:
        options.currentIndustryCode === undefined ? "G" : options.currentIndustryCode,
      links: JSON.stringify(options.links ?? [{ label: "Blog", url: "https://example.jp/me" }]),
      photoId: photo?.id ?? null,
      blocks: { create: (options.blockedCompanyIds ?? []).map((companyId) => ({ companyId })) },
    },
  });
  return { user, cookie, profile };
}
