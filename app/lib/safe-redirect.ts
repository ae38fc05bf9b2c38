/**
 * Returns `to` when it is a path on this site, otherwise `fallback`.
 * Rejects protocol-relative (`//host`), backslash (`/\host`) and absolute URLs, and
 * anything that a browser would resolve to another origin.
 */
export function safeRedirectPath(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2048) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(to)) return fallback;
  const base = "http://enishi.invalid";
  try {
    const url = new URL(to, base);
    if (url.origin !== base) return fallback;
    // Dot segments can collapse into a protocol-relative path: "/.//evil.test" → "//evil.test".
    if (url.pathname.startsWith("//")) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
