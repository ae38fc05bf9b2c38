import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createStandaloneContext } from "~/lib/context";
import { createSession } from "~/modules/auth/session.server";

export type RouteHandler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

/** A session cookie header for `userId`. */
export async function cookieFor(userId: string) {
  const { token } = await createSession(userId);
  return `enishi_session=${token}`;
}

/**
 * Calls a loader or action the way Remix would and reduces the outcome to a status, the
 * redirect target (if any), and the returned value or response.
 */
export async function callRoute(
  handler: RouteHandler,
  {
    path,
    params = {},
    cookie,
    init,
  }: { path: string; params?: Record<string, string>; cookie?: string; init?: RequestInit },
) {
  const headers = new Headers(init?.headers);
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(`http://localhost:3000${path}`, { ...init, headers });
  const context = createStandaloneContext();
  let result: unknown;
  try {
    result = await handler({ request, context, params });
  } catch (thrown) {
    result = thrown;
  }
  return { ...describe(result), context };
}

function describe(result: unknown) {
  if (result instanceof Response) {
    const location = result.headers.get("Location");
    return {
      status: result.status,
      location: location ? new URL(location, "http://localhost:3000").pathname : null,
      response: result,
      data: undefined as unknown,
    };
  }
  // data() values: { type: "DataWithResponseInit", data, init }
  const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } } | null;
  if (wrapped && typeof wrapped === "object" && wrapped.type === "DataWithResponseInit") {
    return {
      status: wrapped.init?.status ?? 200,
      location: null,
      response: null,
      data: wrapped.data,
    };
  }
  if (result instanceof Error) throw result;
  return { status: 200, location: null, response: null, data: result };
}

/** A url-encoded POST body. */
export function post(fields: Record<string, string>): RequestInit {
  return { method: "POST", body: new URLSearchParams(fields) };
}

/** The smallest valid PNG (1×1), for logo uploads. */
export const tinyPng = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);

/** A multipart POST with `fields` and optionally a file in `fileField`. */
export function multipart(
  fields: Record<string, string>,
  file?: { field: string; bytes: Uint8Array; name?: string; type?: string },
): RequestInit {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  if (file) {
    body.append(
      file.field,
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/png" }),
      file.name ?? "logo.png",
    );
  }
  return { method: "POST", body };
}

export const companyFields = {
  name: "信州精密工業株式会社",
  prefectureCode: "20",
  municipality: "諏訪市",
  industryCode: "E",
  employeesBand: "E50_99",
  foundedYear: "1962",
  website: "https://shinshu-seimitsu.example.jp",
  description: "精密部品の切削加工。",
};
