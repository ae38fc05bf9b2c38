import { describe, expect, it } from "vitest";
import { anonymousSummary, topSkill, type SummarySkill } from "./summary";

const marketing: SummarySkill = {
  nameJa: "マーケティング",
  nameEn: "Marketing",
  years: 12,
  level: "EXPERT",
};
const python: SummarySkill = { nameJa: "Python", nameEn: "Python", years: 3, level: "ADVANCED" };

describe("anonymousSummary", () => {
  it("names the kind of employer and the longest-practised skill", () => {
    const profile = { currentIndustryCode: "G", skills: [python, marketing] };
    expect(anonymousSummary(profile, "ja")).toBe("IT企業勤務・マーケティング12年");
    expect(anonymousSummary(profile, "en")).toBe("Works at an IT company · Marketing, 12 years");
  });

  it("uses the skill's name in the viewer's language", () => {
    const profile = {
      currentIndustryCode: "E",
      skills: [
        {
          nameJa: "生産管理",
          nameEn: "Production management",
          years: 8,
          level: "ADVANCED" as const,
        },
      ],
    };
    expect(anonymousSummary(profile, "ja")).toBe("メーカー勤務・生産管理8年");
    expect(anonymousSummary(profile, "en")).toBe(
      "Works at a manufacturer · Production management, 8 years",
    );
  });

  it("leaves out the employer when its industry is unknown or invalid", () => {
    expect(anonymousSummary({ currentIndustryCode: null, skills: [marketing] }, "ja")).toBe(
      "マーケティング12年",
    );
    expect(anonymousSummary({ currentIndustryCode: "ZZ", skills: [marketing] }, "en")).toBe(
      "Marketing, 12 years",
    );
  });

  it("leaves out the skill when there is none", () => {
    expect(anonymousSummary({ currentIndustryCode: "J", skills: [] }, "ja")).toBe("金融機関勤務");
    expect(anonymousSummary({ currentIndustryCode: "J", skills: [] }, "en")).toBe(
      "Works at a financial institution",
    );
  });

  it("falls back to a neutral label when nothing is known", () => {
    expect(anonymousSummary({ currentIndustryCode: null, skills: [] }, "ja")).toBe("プロ人材");
    expect(anonymousSummary({ currentIndustryCode: null, skills: [] }, "en")).toBe("Professional");
  });

  it("says one year in the singular and leaves out zero years", () => {
    const one = { ...python, years: 1 };
    const zero = { ...python, years: 0 };
    expect(anonymousSummary({ currentIndustryCode: null, skills: [one] }, "en")).toBe(
      "Python, 1 year",
    );
    expect(anonymousSummary({ currentIndustryCode: null, skills: [one] }, "ja")).toBe("Python1年");
    expect(anonymousSummary({ currentIndustryCode: "G", skills: [zero] }, "ja")).toBe(
      "IT企業勤務・Python",
    );
  });
});

describe("topSkill", () => {
  it("picks most years, then the higher level, then the name", () => {
    expect(topSkill([python, marketing])).toBe(marketing);
    const basic = { ...python, nameEn: "A basic", level: "BASIC" as const };
    expect(topSkill([basic, python])).toBe(python);
    const twin = { ...python, nameJa: "Ada", nameEn: "Ada" };
    expect(topSkill([python, twin])).toBe(twin);
    expect(topSkill([])).toBeNull();
  });
});
