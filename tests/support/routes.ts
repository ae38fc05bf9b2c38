import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createStandaloneContext } from "~/lib/context";
import { createSession } from "~/modules/auth/session.server";

export type RouteHandler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

export type RouteOutcome = {
  status: number;
  /** the redirect's path and query, when there is one */
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

/**
 * Calls a loader or action the way Remix would and reduces whatever it returns or throws
 * (a redirect, a `data()` with a status, a Response, plain data) to one outcome. A
 * `form` makes it a POST (FormData as it is, anything else url-encoded); `init` gives
 * the request outright.
 */
export async function callRoute(
  handler: RouteHandler,
  {
    path,
    params = {},
    cookie,
    form,
    init,
  }: {
    path: string;
    params?: Record<string, string>;
    cookie?: string;
    form?: Record<string, string | string[]> | FormData;
    init?: RequestInit;
  },
): Promise<RouteOutcome> {
  const headers = new Headers(init?.headers);
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(`http://localhost:3000${path}`, {
    ...(form ? { method: "POST", body: formBody(form) } : init),
    headers,
  });
  try {
    return describe(await handler({ request, context: createStandaloneContext(), params }));
  } catch (thrown) {
    return describe(thrown);
  }
}

function formBody(form: Record<string, string | string[]> | FormData) {
  if (form instanceof FormData) return form;
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return body;
}

function describe(result: unknown): RouteOutcome {
  if (result instanceof Response) {
    const location = result.headers.get("Location");
    const target = location ? new URL(location, "http://localhost:3000") : null;
    return {
      status: result.status,
      location: target ? target.pathname + target.search : null,
      data: null,
      response: result,
    };
  }
  const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } } | null;
  if (wrapped && typeof wrapped === "object" && wrapped.type === "DataWithResponseInit") {
    return {
      status: wrapped.init?.status ?? 200,
      location: null,
      data: wrapped.data,
      response: null,
    };
  }
  if (result instanceof Error) throw result;
  return { status: 200, location: null, data: result, response: null };
}

/** An outcome as a permission matrix reads it: "200", "403", "302 /login"… */
export function statusLine({ status, location }: RouteOutcome) {
  return location ? `${status} ${location.split("?")[0]}` : String(status);
}

/**
 * A permission matrix: `matrix(handler, path, options)` calls the route once as each
 * visitor and answers each one's status line ("200", "302 /login", "404").
 */
export function visitorMatrix<Visitor extends string>(
  visitors: readonly Visitor[],
  cookieOf: (visitor: Visitor) => string | undefined,
) {
  return async function matrix(
    handler: RouteHandler,
    path: string,
    options: {
      params?: Record<string, string>;
      form?: Record<string, string | string[]> | FormData;
    } = {},
  ) {
    const actual: Record<string, string> = {};
    for (const visitor of visitors) {
      actual[visitor] = statusLine(
        await callRoute(handler, { path, cookie: cookieOf(visitor), ...options }),
      );
    }
    return actual;
  };
}
