/**
 * HTTP-level protections shared by every response, kept free of Express so they can
 * be tested as plain functions.
 */

export function contentSecurityPolicy(
  nonce: string,
  { dev, https }: { dev: boolean; https: boolean },
) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Vite injects styles with <style> tags while developing; the build ships CSS files.
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function baselineSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
  if (https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" to the
 * URL in a digest's List-Unsubscribe header (app/routes/unsubscribe_.$token.one-click.ts),
 * from their own servers or from a webmail page on another site. The random token in the
 * path is the whole permission (the handler reads no cookie), and the only effect is
 * turning that saved search's email off, so this one path shape is exempt from the
 * cross-site check. Nothing else is: the confirmation page a person clicks through
 * (/unsubscribe/<token>) posts from our own origin like every other form.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[a-z2-7]{32}\/one-click$/;

/**
 * True for a state-changing request that a browser sent from another site. Browsers send
 * Sec-Fetch-Site (and Origin) on every cross-site POST; requests with neither come from
 * non-browser clients, which carry no ambient cookies to abuse.
 */
export function isCrossSiteRequest(
  method: string,
  headers: { secFetchSite?: string; origin?: string },
  allowedOrigins: readonly string[],
  path?: string,
) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (method.toUpperCase() === "POST" && path !== undefined && ONE_CLICK_UNSUBSCRIBE.test(path)) {
    return false;
  }
  const site = headers.secFetchSite?.toLowerCase();
  if (site) return site !== "same-origin" && site !== "none";
  if (headers.origin !== undefined) return !allowedOrigins.includes(headers.origin);
  return false;
}
