import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password.server";

describe("password hashing", () => {
  it("uses argon2id with OWASP's parameters and a random salt", async () => {
    const [first, second] = await Promise.all([
      hashPassword("correct horse battery"),
      hashPassword("correct horse battery"),
    ]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterY")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("縁を結ぶパスワード🔑");
    expect(await verifyPassword(hash, "縁を結ぶパスワード🔑")).toBe(true);
    expect(await verifyPassword(hash, "縁を結ぶパスワード")).toBe(false);
  });

  it("answers false instead of throwing for a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });

  it("always rejects when checking against the dummy hash", async () => {
    expect(await verifyAgainstDummy("enishi-dummy-password-for-timing")).toBe(false);
  });
});
