import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const origin = "https://enishi.example.jp";

/** Where a browser on our origin would end up after `Location: <path>`. */
function landing(path: string) {
  // Browsers strip tabs and newlines from URLs before resolving them.
  return new URL(path.replace(/[\t\n\r]/g, ""), origin);
}

describe("safeRedirectPath", () => {
  it.each([
    "/",
    "/challenges",
    "/challenges/abc?tab=candidates&page=2",
    "/search?q=%E5%96%B6%E6%A5%AD#results",
  ])("keeps the same-origin path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    "//evil.test",
    "//evil.test/path",
    "/\\evil.test",
    "\\\\evil.test",
    "https://evil.test",
    "http:evil.test",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\t/evil.test",
    "/\n/evil.test",
    "/\r\n/evil.test",
    "\t//evil.test",
    " //evil.test",
    "/.//evil.test",
    "/..//evil.test",
    "/a/..//evil.test",
    "/./\\evil.test",
    "/%2F%2Fevil.test",
    "/%5Cevil.test",
    "evil.test",
    "",
  ])("never leaves the origin for %j", (input) => {
    const path = safeRedirectPath(input);
    expect(path.startsWith("/")).toBe(true);
    expect(landing(path).origin).toBe(origin);
  });

  it.each([
    "//evil.test",
    "/\\evil.test",
    "https://evil.test",
    "/.//evil.test",
    "javascript:alert(1)",
    "/\t/evil.test",
  ])("falls back for %j", (input) => {
    expect(safeRedirectPath(input, "/home")).toBe("/home");
  });

  it("keeps encoded slashes encoded, so they stay one path segment", () => {
    expect(safeRedirectPath("/%2F%2Fevil.test")).toBe("/%2F%2Fevil.test");
  });

  it("falls back for non-strings and overlong values", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(null, "/x")).toBe("/x");
    expect(safeRedirectPath(["/a"])).toBe("/");
    expect(safeRedirectPath(`/${"a".repeat(2048)}`)).toBe("/");
  });
});
