/**
 * What the HTTP server hands every loader and action (see app/server/index.ts).
 * `requestState` is per request: helpers memoise on it and queue cookies to set.
 */
export type EnishiLoadContext = {
  cspNonce: string;
  clientIp: string;
  /** Adds a Set-Cookie header to this request's response, whatever the route returns. */
  appendSetCookie: (cookie: string) => void;
  requestState: Map<symbol, unknown>;
};

declare module "@remix-run/server-runtime" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends EnishiLoadContext {}
}

/** A context for code paths that run outside the HTTP server (tests, scripts). */
export function createStandaloneContext(
  overrides: Partial<EnishiLoadContext> = {},
): EnishiLoadContext & { setCookies: string[] } {
  const setCookies: string[] = [];
  return {
    cspNonce: "",
    clientIp: "127.0.0.1",
    appendSetCookie: (cookie) => setCookies.push(cookie),
    requestState: new Map(),
    setCookies,
    ...overrides,
  };
}
