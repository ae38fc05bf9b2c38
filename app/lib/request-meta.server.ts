import type { AppLoadContext } from "@remix-run/node";

/** Who sent a request, for audit rows and the session list. */
export function requestMeta(request: Request, context: AppLoadContext) {
  return { ipAddress: context.clientIp, userAgent: request.headers.get("User-Agent") };
}
