import { describe, expect, it } from "vitest";
import { baselineSecurityHeaders, contentSecurityPolicy, isCrossSiteRequest } from "./security";

const origins = ["https://enishi.example.jp"];

describe("isCrossSiteRequest", () => {
  it("never blocks safe methods", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(
        isCrossSiteRequest(
          method,
          { secFetchSite: "cross-site", origin: "https://evil.test" },
          origins,
        ),
      ).toBe(false);
    }
  });

  it("refuses cross-site and same-site (sibling subdomain) posts by Sec-Fetch-Site", () => {
    expect(isCrossSiteRequest("POST", { secFetchSite: "cross-site" }, origins)).toBe(true);
    expect(isCrossSiteRequest("POST", { secFetchSite: "same-site" }, origins)).toBe(true);
    expect(isCrossSiteRequest("DELETE", { secFetchSite: "cross-site" }, origins)).toBe(true);
  });

  it("accepts same-origin posts and user-initiated navigations", () => {
    expect(isCrossSiteRequest("POST", { secFetchSite: "same-origin" }, origins)).toBe(false);
    expect(isCrossSiteRequest("POST", { secFetchSite: "none" }, origins)).toBe(false);
  });

  it("falls back to Origin when Sec-Fetch-Site is missing", () => {
    expect(isCrossSiteRequest("POST", { origin: "https://evil.test" }, origins)).toBe(true);
    expect(isCrossSiteRequest("POST", { origin: "null" }, origins)).toBe(true);
    expect(isCrossSiteRequest("POST", { origin: "https://enishi.example.jp" }, origins)).toBe(
      false,
    );
  });

  it("lets header-less clients through: they carry no ambient browser cookies", () => {
    expect(isCrossSiteRequest("POST", {}, origins)).toBe(false);
  });

  it("lets RFC 8058 one-click unsubscribe posts through, and nothing else", () => {
    const token = "abcdefghijklmnopqrstuvwxyz234567";
    const crossSite = { secFetchSite: "cross-site", origin: "https://mail.example.com" };
    const oneClick = `/unsubscribe/${token}/one-click`;
    expect(isCrossSiteRequest("POST", crossSite, origins, oneClick)).toBe(false);
    expect(isCrossSiteRequest("POST", { origin: "null" }, origins, oneClick)).toBe(false);
    // Only POST, only that exact path shape; the confirmation page keeps the rule.
    expect(isCrossSiteRequest("DELETE", crossSite, origins, oneClick)).toBe(true);
    expect(isCrossSiteRequest("POST", crossSite, origins, `/unsubscribe/${token}`)).toBe(true);
    expect(isCrossSiteRequest("POST", crossSite, origins, "/unsubscribe/short/one-click")).toBe(
      true,
    );
    expect(isCrossSiteRequest("POST", crossSite, origins, `${oneClick}/x`)).toBe(true);
    expect(isCrossSiteRequest("POST", crossSite, origins, "/searches")).toBe(true);
    expect(isCrossSiteRequest("POST", crossSite, origins, `/x${oneClick}`)).toBe(true);
  });
});

describe("contentSecurityPolicy", () => {
  it("is strict in production: nonce scripts, no inline styles, no framing, no plugins", () => {
    const policy = contentSecurityPolicy("abc123", { dev: false, https: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("allows Vite's injected styles and socket only in development", () => {
    const policy = contentSecurityPolicy("n", { dev: true, https: false });
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws: wss:");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
});

describe("baselineSecurityHeaders", () => {
  it("sends HSTS only over https", () => {
    expect(baselineSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(
      /max-age=\d+/,
    );
    expect(baselineSecurityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(baselineSecurityHeaders({ https: false })["X-Content-Type-Options"]).toBe("nosniff");
  });
});
