import { data } from "@remix-run/node";

/** Throws a Response with the given status unless the condition holds. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) throw data(message, init);
}

export function notFound(): never {
  throw data("Not Found", { status: 404 });
}

export function forbidden(): never {
  throw data("Forbidden", { status: 403 });
}

/** An RFC 9457 problem response for the JSON API. */
export function problem(
  status: number,
  title: string,
  extra: Record<string, unknown> = {},
  headers?: HeadersInit,
) {
  return new Response(JSON.stringify({ type: "about:blank", title, status, ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}
