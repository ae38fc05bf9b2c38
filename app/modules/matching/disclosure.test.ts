import { describe, expect, it } from "vitest";
import { companyContactsOpen, professionalDisclosure } from "./disclosure";

const agreed = new Date("2026-11-01T00:00:00Z");

describe("professionalDisclosure", () => {
  it.each([
    [null, false, "anonymous", "anonymous"],
    [null, false, "full", "profile"],
    [null, false, "none", "anonymous"],
    [agreed, false, "anonymous", "contact"],
    [agreed, false, "none", "contact"],
    [null, true, "anonymous", "contact"],
  ] as const)("accepted %s, own %s, view %s → %s", (acceptedAt, own, view, expected) => {
    expect(professionalDisclosure({ professionalAcceptedAt: acceptedAt }, own, view)).toBe(
      expected,
    );
  });
});

describe("companyContactsOpen", () => {
  it("opens once both sides agreed", () => {
    expect(companyContactsOpen({ professionalAcceptedAt: agreed, companyAcceptedAt: null })).toBe(
      false,
    );
    expect(companyContactsOpen({ professionalAcceptedAt: agreed, companyAcceptedAt: agreed })).toBe(
      true,
    );
  });
});
