import { describe, expect, it } from "vitest";
import { jobPosting, serializeJsonLd, type JobPostingInput } from "./json-ld";

const input: JobPostingInput = {
  url: "https://enishi.example.jp/challenges/c1",
  title: "受発注をクラウド化したい",
  summary: "転記をなくす",
  background: "FAX と Excel",
  successCriteria: "一つのシステムで追える",
  engagementTypes: ["SIDE_JOB", "CONTRACT"],
  workStyle: "HYBRID",
  compensationType: "MONTHLY",
  compensationMin: 200_000,
  compensationMax: 300_000,
  publishedAt: new Date("2026-03-01T01:00:00Z"),
  applicationDeadline: new Date("2026-03-14T15:00:00Z"),
  startDate: new Date("2026-03-31T15:00:00Z"),
  prefectureName: "長野県",
  municipality: "諏訪市",
  durationMonths: 6,
  hoursPerWeek: 8,
  skills: ["DX推進"],
  company: {
    name: "信州精密工業株式会社",
    url: "https://enishi.example.jp/companies/k1",
    website: "https://shinshu.example.jp",
  },
};

describe("jobPosting", () => {
  it("describes the challenge as a schema.org JobPosting", () => {
    expect(jobPosting(input)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: input.title,
      description: "転記をなくす\n\nFAX と Excel\n\n一つのシステムで追える",
      datePosted: "2026-03-01T01:00:00.000Z",
      validThrough: "2026-03-14T15:00:00.000Z",
      jobStartDate: "2026-04-01",
      employmentType: ["PART_TIME", "CONTRACTOR"],
      hiringOrganization: {
        "@type": "Organization",
        name: "信州精密工業株式会社",
        sameAs: "https://shinshu.example.jp",
      },
      jobLocation: {
        "@type": "Place",
        address: { addressRegion: "長野県", addressLocality: "諏訪市", addressCountry: "JP" },
      },
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "JPY",
        value: { minValue: 200_000, maxValue: 300_000, unitText: "MONTH" },
      },
    });
  });

  it("has no salary when unpaid, no validThrough without a deadline, telecommute when remote", () => {
    const posting = jobPosting({
      ...input,
      compensationType: "NONE",
      compensationMin: null,
      compensationMax: null,
      applicationDeadline: null,
      workStyle: "REMOTE",
      engagementTypes: ["PRO_BONO"],
    });
    expect(posting).not.toHaveProperty("baseSalary");
    expect(posting).not.toHaveProperty("validThrough");
    expect(posting.jobLocationType).toBe("TELECOMMUTE");
    expect(posting.employmentType).toEqual(["VOLUNTEER"]);
  });
});

describe("serializeJsonLd", () => {
  it("escapes what could end or change a script element, and round-trips", () => {
    const value = { title: "</script><script>alert(1)</script> & <!-- \u2028 \u2029" };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(text).toContain("\\u0026");
    expect(JSON.parse(text)).toEqual(value);
  });
});
