import { describe, expect, it } from "vitest";
import { formatDate, isLocale, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [null, null],
    ["", null],
    ["ja", "ja"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["EN-gb", "en"],
    ["ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ja"],
    ["fr-FR,fr;q=0.9,en;q=0.8,ja;q=0.7", "en"],
    ["ja;q=0.5,en;q=0.8", "en"],
    ["en;q=0.1,fr,ja;q=0.2", "ja"],
    ["en;q=0,ja", "ja"],
    ["en;q=0", null],
    ["en;q=abc,ja;q=0.1", "ja"],
    ["en ;q=0.9, ja ; q=0.3", "en"],
    ["ja;Q=0.2, en;q=0.5", "en"],
    ["fr, de", null],
    ["*", null],
    ["en;q=0.5,ja;q=0.5", "en"],
  ])("%j → %j", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("isLocale", () => {
  it("accepts only supported locales", () => {
    expect(isLocale("ja")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("formatDate", () => {
  it("uses Japan time whatever the server's zone", () => {
    // 2026-01-01 23:30 UTC is already 2 January in Tokyo.
    const date = new Date("2026-01-01T23:30:00Z");
    expect(formatDate("ja", date)).toBe("2026/01/02");
    expect(formatDate("en", date)).toBe("Jan 2, 2026");
  });
});
