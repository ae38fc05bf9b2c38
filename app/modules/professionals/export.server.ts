import { db } from "~/lib/db.server";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { industryCodes } from "~/modules/reference/industries";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { readCertificates, readLanguages, readLinks } from "./schemas";

export const EXPORT_FORMAT = "enishi-profile-export";
export const EXPORT_VERSION = 1;

/**
 * Everything Enishi holds about a professional, as one JSON document they can download.
 * Never the password hash or session tokens. Later features (applications, messages,
 * saved searches…) add their own top-level keys; `version` goes up when a key changes.
 */
export async function exportProfessionalData(userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      emailVerifiedAt: true,
      createdAt: true,
      updatedAt: true,
      sessions: {
        select: {
          createdAt: true,
          lastSeenAt: true,
          expiresAt: true,
          userAgent: true,
          ipAddress: true,
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      headline: true,
      bio: true,
      currentEmployer: true,
      currentIndustryCode: true,
      industryCodes: true,
      certificates: true,
      languages: true,
      links: true,
      engagementTypes: true,
      workStyles: true,
      onsiteVisitsPerMonth: true,
      hoursPerWeek: true,
      availableFrom: true,
      expectedMonthlyYen: true,
      expectedHourlyYen: true,
      visibility: true,
      createdAt: true,
      updatedAt: true,
      photo: { select: { contentType: true, byteSize: true, bytes: true, createdAt: true } },
      skills: {
        select: {
          years: true,
          level: true,
          skill: { select: { slug: true, nameJa: true, nameEn: true } },
        },
        orderBy: { skill: { slug: "asc" } },
      },
      careers: {
        select: {
          organisation: true,
          industryCode: true,
          title: true,
          startYear: true,
          endYear: true,
          description: true,
        },
        orderBy: { position: "asc" },
      },
      regions: { select: { prefectureCode: true }, orderBy: { prefectureCode: "asc" } },
      ties: {
        select: { prefectureCode: true, municipality: true, kind: true, note: true },
        orderBy: { id: "asc" },
      },
      blocks: {
        select: { createdAt: true, company: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const { sessions, ...account } = user;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account,
    sessions,
    profile: profile
      ? {
          id: profile.id,
          headline: profile.headline,
          bio: profile.bio,
          currentEmployer: profile.currentEmployer,
          currentIndustryCode: profile.currentIndustryCode,
          industryCodes: decodeCodeList(profile.industryCodes, industryCodes),
          certificates: readCertificates(profile.certificates),
          languages: readLanguages(profile.languages),
          links: readLinks(profile.links),
          engagementTypes: decodeCodeList(profile.engagementTypes, engagementTypes),
          workStyles: decodeCodeList(profile.workStyles, workStyles),
          onsiteVisitsPerMonth: profile.onsiteVisitsPerMonth,
          hoursPerWeek: profile.hoursPerWeek,
          availableFrom: profile.availableFrom,
          expectedMonthlyYen: profile.expectedMonthlyYen,
          expectedHourlyYen: profile.expectedHourlyYen,
          visibility: profile.visibility,
          createdAt: profile.createdAt,
          updatedAt: profile.updatedAt,
          photo: profile.photo
            ? {
                contentType: profile.photo.contentType,
                byteSize: profile.photo.byteSize,
                createdAt: profile.photo.createdAt,
                base64: Buffer.from(profile.photo.bytes).toString("base64"),
              }
            : null,
          skills: profile.skills.map((row) => ({
            ...row.skill,
            years: row.years,
            level: row.level,
          })),
          careers: profile.careers,
          regionsOfInterest: profile.regions.map((region) => region.prefectureCode),
          hometownTies: profile.ties,
          blockedCompanies: profile.blocks.map((block) => ({
            companyId: block.company.id,
            name: block.company.name,
            blockedAt: block.createdAt,
          })),
        }
      : null,
  };
}

/** enishi-profile-YYYYMMDD.json, the date in Japan. */
export function exportFileName(now = new Date()) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" })
    .format(now)
    .replaceAll("-", "");
  return `enishi-profile-${day}.json`;
}
