import { describe, expect, it } from "vitest";
import { authorDisplayName, professionalDisplayName, type MatchForNames } from "./names";

const profile = {
  userId: "pro",
  visibility: "ANONYMOUS" as const,
  currentIndustryCode: null,
  user: { name: "匿名 太郎" },
  skills: [{ nameJa: "Python", nameEn: "Python", years: 6, level: "ADVANCED" as const }],
};
const waiting: MatchForNames = { professionalAcceptedAt: null, profile };
const agreed: MatchForNames = { professionalAcceptedAt: new Date(), profile };
const company = { id: "member", role: "COMPANY_MEMBER" as const };

describe("names in threads", () => {
  it("the company sees an anonymous professional's summary until they agree", () => {
    const shown = professionalDisplayName(waiting, company, "ja");
    expect(shown).not.toContain("匿名 太郎");
    expect(shown).toContain("Python");
    expect(professionalDisplayName(agreed, company, "ja")).toBe("匿名 太郎");
  });
  it("the professional always sees their own name; a public profile is named", () => {
    expect(professionalDisplayName(waiting, { id: "pro", role: "PROFESSIONAL" }, "ja")).toBe(
      "匿名 太郎",
    );
    const visible = { ...waiting, profile: { ...profile, visibility: "SIGNED_IN" as const } };
    expect(professionalDisplayName(visible, company, "en")).toBe("匿名 太郎");
  });
  it("authors: the professional per disclosure, others by name, deleted users by a label", () => {
    expect(
      authorDisplayName({ id: "pro", name: "匿名 太郎" }, waiting, company, "ja", "-"),
    ).not.toBe("匿名 太郎");
    expect(authorDisplayName({ id: "member", name: "担当 者" }, waiting, company, "ja", "-")).toBe(
      "担当 者",
    );
    expect(authorDisplayName(null, waiting, company, "ja", "退会")).toBe("退会");
  });
});
