import type { CompensationType, WorkStyle } from "~/generated/prisma/enums";
import type { EngagementType } from "~/modules/reference/work";
import { dateToDay } from "./dates";

/**
 * schema.org JobPosting for a public challenge (https://schema.org/JobPosting), and
 * its serialisation for a <script type="application/ld+json"> element.
 */
export type JobPostingInput = {
  url: string;
  title: string;
  summary: string;
  background: string;
  successCriteria: string;
  engagementTypes: readonly EngagementType[];
  workStyle: WorkStyle;
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  publishedAt: Date | string | null;
  applicationDeadline: Date | string | null;
  startDate: Date | string | null;
  prefectureName: string;
  municipality: string;
  durationMonths: number;
  hoursPerWeek: number;
  skills: readonly string[];
  company: { name: string; url: string; website: string | null };
};

const employmentTypes: Record<EngagementType, string> = {
  SIDE_JOB: "PART_TIME",
  CONTRACT: "CONTRACTOR",
  FULL_TIME_RELOCATION: "FULL_TIME",
  PRO_BONO: "VOLUNTEER",
};

export function jobPosting(input: JobPostingInput): Record<string, unknown> {
  const posting: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: input.title,
    description: [input.summary, input.background, input.successCriteria]
      .filter(Boolean)
      .join("\n\n"),
    url: input.url,
    identifier: { "@type": "PropertyValue", name: input.company.name, value: input.url },
    employmentType: input.engagementTypes.map((code) => employmentTypes[code]),
    hiringOrganization: {
      "@type": "Organization",
      name: input.company.name,
      url: input.company.url,
      ...(input.company.website ? { sameAs: input.company.website } : {}),
    },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressRegion: input.prefectureName,
        ...(input.municipality ? { addressLocality: input.municipality } : {}),
        addressCountry: "JP",
      },
    },
    workHours: `${input.hoursPerWeek}h/week, ${input.durationMonths} months`,
  };
  if (input.publishedAt) posting.datePosted = new Date(input.publishedAt).toISOString();
  if (input.applicationDeadline) {
    posting.validThrough = new Date(input.applicationDeadline).toISOString();
  }
  if (input.startDate) posting.jobStartDate = dateToDay(input.startDate);
  if (input.skills.length > 0) posting.skills = input.skills.join(", ");
  if (input.workStyle === "REMOTE") {
    posting.jobLocationType = "TELECOMMUTE";
    posting.applicantLocationRequirements = { "@type": "Country", name: "JP" };
  }
  if (input.compensationType !== "NONE" && input.compensationMin !== null) {
    posting.baseSalary = {
      "@type": "MonetaryAmount",
      currency: "JPY",
      value: {
        "@type": "QuantitativeValue",
        minValue: input.compensationMin,
        ...(input.compensationMax !== null ? { maxValue: input.compensationMax } : {}),
        unitText: input.compensationType === "MONTHLY" ? "MONTH" : "HOUR",
      },
    };
  }
  return posting;
}

/**
 * JSON that is safe inside a <script> element: <, > and & (so "</script>" and "<!--"
 * cannot end or change the element) and the JavaScript line separators are escaped.
 * JSON.parse gives back exactly the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
