import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateToken, hashToken } from "./tokens.server";

describe("generateToken", () => {
  it("is 32 lowercase base32 characters (160 bits)", () => {
    for (let i = 0; i < 50; i += 1) expect(generateToken()).toMatch(/^[a-z2-7]{32}$/);
  });

  it("does not repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
  });
});

describe("hashToken", () => {
  it("is the lowercase hex SHA-256 of the token", () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});
