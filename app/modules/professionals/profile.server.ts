import type { Prisma } from "~/generated/prisma/client";
import { db, type DbClient } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { saveImage, type UploadedImage } from "~/modules/images/images.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import { decodeCodeList, encodeCodeList } from "~/modules/reference/code-lists";
import { industryCodes } from "~/modules/reference/industries";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { skillNameKey } from "~/modules/skills/names";
import { skillIndex } from "~/modules/skills/resolve.server";
import type { CompletenessFacts } from "./completeness";
import {
  fromDateInput,
  readCertificates,
  readLanguages,
  readLinks,
  writeCertificates,
  writeLanguages,
  writeLinks,
  type BasicsInput,
  type CareerInput,
  type CredentialsInput,
  type PreferencesInput,
  type RegionsInput,
  type SkillLevel,
  type SkillsInput,
} from "./schemas";
import type { ProfileVisibility } from "./visibility";

/**
 * A professional's own profile: one row per PROFESSIONAL user, created on the first save.
 * Readers return what one section's form needs; writers take the parsed form input.
 */

type Meta = { ipAddress?: string };

/**
 * Writes profile columns (creating the row on first use) and queues the profile's
 * search sync in the same transaction: every section's save changes its document.
 */
async function saveProfileColumns(
  userId: string,
  data: Omit<Prisma.ProfessionalProfileUncheckedCreateInput, "userId" | "id">,
) {
  await db.$transaction(async (tx) => {
    const profile = await tx.professionalProfile.upsert({
      where: { userId },
      create: { userId, ...data },
      update: data,
      select: { id: true },
    });
    await enqueueSearchSync(tx, "profile", [profile.id]);
  });
}

/** The profile's id, creating the (empty) row on first use. */
async function ensureProfile(tx: DbClient, userId: string) {
  const profile = await tx.professionalProfile.upsert({
    where: { userId },
    create: { userId },
    update: {},
    select: { id: true },
  });
  return profile.id;
}

export async function ownProfileId(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: { id: true },
  });
  return profile?.id ?? null;
}

// ——— overview ———

export async function readOverview(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      headline: true,
      bio: true,
      photoId: true,
      industryCodes: true,
      engagementTypes: true,
      workStyles: true,
      hoursPerWeek: true,
      availableFrom: true,
      expectedMonthlyYen: true,
      expectedHourlyYen: true,
      visibility: true,
      updatedAt: true,
      _count: { select: { skills: true, careers: true, regions: true, ties: true, blocks: true } },
    },
  });
  if (!profile) return null;
  const facts: CompletenessFacts = {
    headline: profile.headline,
    bio: profile.bio,
    hasPhoto: profile.photoId !== null,
    skillCount: profile._count.skills,
    careerCount: profile._count.careers,
    industryCount: decodeCodeList(profile.industryCodes, industryCodes).length,
    engagementTypeCount: decodeCodeList(profile.engagementTypes, engagementTypes).length,
    workStyleCount: decodeCodeList(profile.workStyles, workStyles).length,
    hoursPerWeek: profile.hoursPerWeek,
    availableFrom: profile.availableFrom,
    regionCount: profile._count.regions,
    tieCount: profile._count.ties,
    expectedMonthlyYen: profile.expectedMonthlyYen,
    expectedHourlyYen: profile.expectedHourlyYen,
  };
  return {
    id: profile.id,
    headline: profile.headline,
    visibility: profile.visibility,
    updatedAt: profile.updatedAt,
    blockCount: profile._count.blocks,
    facts,
  };
}

// ——— basics ———

export async function readBasics(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      headline: true,
      bio: true,
      currentEmployer: true,
      currentIndustryCode: true,
      photoId: true,
    },
  });
  return {
    id: profile?.id ?? null,
    headline: profile?.headline ?? "",
    bio: profile?.bio ?? "",
    currentEmployer: profile?.currentEmployer ?? "",
    currentIndustryCode: profile?.currentIndustryCode ?? "",
    hasPhoto: Boolean(profile?.photoId),
  };
}

export async function saveBasics(userId: string, input: BasicsInput) {
  const data = {
    headline: input.headline ?? "",
    bio: input.bio ?? "",
    currentEmployer: input.currentEmployer || null,
    currentIndustryCode: input.currentIndustryCode ?? null,
  };
  await saveProfileColumns(userId, data);
}

/** Replaces the photo (the old picture is deleted with it). */
export async function savePhoto(userId: string, image: UploadedImage, meta: Meta) {
  await db.$transaction(async (tx) => {
    const profileId = await ensureProfile(tx, userId);
    const previous = await tx.professionalProfile.findUniqueOrThrow({
      where: { id: profileId },
      select: { photoId: true },
    });
    const saved = await saveImage(tx, image);
    await tx.professionalProfile.update({ where: { id: profileId }, data: { photoId: saved.id } });
    if (previous.photoId) await tx.image.delete({ where: { id: previous.photoId } });
    await enqueueSearchSync(tx, "profile", [profileId]);
    await recordAudit(tx, {
      action: "profile.photo.set",
      actorId: userId,
      targetType: "ProfessionalProfile",
      targetId: profileId,
      ipAddress: meta.ipAddress,
    });
  });
}

export async function removePhoto(userId: string, meta: Meta) {
  await db.$transaction(async (tx) => {
    const profile = await tx.professionalProfile.findUnique({
      where: { userId },
      select: { id: true, photoId: true },
    });
    if (!profile?.photoId) return;
    await tx.image.delete({ where: { id: profile.photoId } });
    await enqueueSearchSync(tx, "profile", [profile.id]);
    await recordAudit(tx, {
      action: "profile.photo.removed",
      actorId: userId,
      targetType: "ProfessionalProfile",
      targetId: profile.id,
      ipAddress: meta.ipAddress,
    });
  });
}

// ——— skills ———

export async function readSkills(userId: string, locale: Locale) {
  const rows = await db.profileSkill.findMany({
    where: { profile: { userId } },
    select: { years: true, level: true, skill: { select: { nameJa: true, nameEn: true } } },
    orderBy: [{ years: "desc" }, { skill: { nameEn: "asc" } }],
  });
  return rows.map((row) => ({
    name: locale === "ja" ? row.skill.nameJa : row.skill.nameEn,
    years: row.years,
    level: row.level,
  }));
}

export type SaveSkillsResult =
  | { ok: true }
  /** errors by row index, already in the reader's language (they name the skill) */
  | { ok: false; rowErrors: Record<number, string> };

/**
 * Replaces the skills. Names are resolved against the taxonomy (never created); a name
 * that matches nothing, or repeats a skill already listed above, fails its own row.
 */
export async function saveSkills(
  userId: string,
  input: SkillsInput,
  locale: Locale,
): Promise<SaveSkillsResult> {
  const rowErrors: Record<number, string> = {};
  const resolved: Array<{ skillId: string; years: number; level: SkillLevel }> = [];
  const seen = new Set<string>();
  // The same matching as resolveSkillNames, row by row, so an error lands on its row.
  const taxonomy = input.skills.length > 0 ? await skillIndex(db) : new Map();
  for (const [index, row] of input.skills.entries()) {
    const skill = taxonomy.get(skillNameKey(row.name));
    if (!skill) {
      rowErrors[index] = translate(locale, "reference.errors.unknownSkills", { names: row.name });
    } else if (seen.has(skill.id)) {
      rowErrors[index] = translate(locale, "professionals.skills.duplicate", { name: row.name });
    } else {
      seen.add(skill.id);
      resolved.push({ skillId: skill.id, years: row.years, level: row.level });
    }
  }
  if (Object.keys(rowErrors).length > 0) return { ok: false, rowErrors };
  await db.$transaction(async (tx) => {
    const profileId = await ensureProfile(tx, userId);
    await tx.profileSkill.deleteMany({ where: { profileId } });
    if (resolved.length > 0) {
      await tx.profileSkill.createMany({
        data: resolved.map((row) => ({ profileId, ...row })),
      });
    }
    await tx.professionalProfile.update({
      where: { id: profileId },
      data: { updatedAt: new Date() },
    });
    await enqueueSearchSync(tx, "profile", [profileId]);
  });
  return { ok: true };
}

// ——— career ———

export async function readCareers(userId: string) {
  const rows = await db.careerEntry.findMany({
    where: { profile: { userId } },
    select: {
      organisation: true,
      industryCode: true,
      title: true,
      startYear: true,
      endYear: true,
      description: true,
    },
    orderBy: { position: "asc" },
  });
  return rows.map((row) => ({
    ...row,
    industryCode: row.industryCode ?? undefined,
    endYear: row.endYear ?? undefined,
    description: row.description || undefined,
  }));
}

/** Replaces the career entries, kept in the order the form listed them. */
export async function saveCareers(userId: string, input: CareerInput) {
  await db.$transaction(async (tx) => {
    const profileId = await ensureProfile(tx, userId);
    await tx.careerEntry.deleteMany({ where: { profileId } });
    if (input.careers.length > 0) {
      await tx.careerEntry.createMany({
        data: input.careers.map((row, position) => ({
          profileId,
          position,
          organisation: row.organisation,
          industryCode: row.industryCode ?? null,
          title: row.title,
          startYear: row.startYear,
          endYear: row.endYear ?? null,
          description: row.description ?? "",
        })),
      });
    }
    await tx.professionalProfile.update({
      where: { id: profileId },
      data: { updatedAt: new Date() },
    });
    await enqueueSearchSync(tx, "profile", [profileId]);
  });
}

// ——— industries ———

export async function readIndustries(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: { industryCodes: true },
  });
  return decodeCodeList(profile?.industryCodes ?? "", industryCodes);
}

export async function saveIndustries(userId: string, codes: readonly string[]) {
  const industryList = encodeCodeList(
    codes.filter((code): code is (typeof industryCodes)[number] =>
      (industryCodes as readonly string[]).includes(code),
    ),
    industryCodes,
  );
  await saveProfileColumns(userId, { industryCodes: industryList });
}

// ——— certificates, languages, links ———

export async function readCredentials(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: { certificates: true, languages: true, links: true },
  });
  return {
    certificates: readCertificates(profile?.certificates ?? "[]"),
    languages: readLanguages(profile?.languages ?? "[]"),
    links: readLinks(profile?.links ?? "[]"),
  };
}

export async function saveCredentials(userId: string, input: CredentialsInput) {
  const data = {
    certificates: writeCertificates(input.certificates),
    languages: writeLanguages(input.languages),
    links: writeLinks(input.links),
  };
  await saveProfileColumns(userId, data);
}

// ——— work preferences ———

export async function readPreferences(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: {
      engagementTypes: true,
      workStyles: true,
      onsiteVisitsPerMonth: true,
      hoursPerWeek: true,
      availableFrom: true,
      expectedMonthlyYen: true,
      expectedHourlyYen: true,
    },
  });
  return {
    engagementTypes: decodeCodeList(profile?.engagementTypes ?? "", engagementTypes),
    workStyles: decodeCodeList(profile?.workStyles ?? "", workStyles),
    onsiteVisitsPerMonth: profile?.onsiteVisitsPerMonth ?? 0,
    hoursPerWeek: profile?.hoursPerWeek ?? null,
    availableFrom: profile?.availableFrom ?? null,
    expectedMonthlyYen: profile?.expectedMonthlyYen ?? null,
    expectedHourlyYen: profile?.expectedHourlyYen ?? null,
  };
}

export async function savePreferences(userId: string, input: PreferencesInput) {
  const data = {
    engagementTypes: encodeCodeList(input.engagementTypes, engagementTypes),
    workStyles: encodeCodeList(input.workStyles, workStyles),
    onsiteVisitsPerMonth: input.onsiteVisitsPerMonth ?? 0,
    hoursPerWeek: input.hoursPerWeek ?? null,
    availableFrom: input.availableFrom ? fromDateInput(input.availableFrom) : null,
    expectedMonthlyYen: input.expectedMonthlyYen ?? null,
    expectedHourlyYen: input.expectedHourlyYen ?? null,
  };
  await saveProfileColumns(userId, data);
}

// ——— regions of interest and hometown ties ———

export async function readRegions(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: {
      regions: { select: { prefectureCode: true }, orderBy: { prefectureCode: "asc" } },
      ties: {
        select: { prefectureCode: true, municipality: true, kind: true, note: true },
        orderBy: { id: "asc" },
      },
    },
  });
  return {
    regions: profile?.regions.map((region) => region.prefectureCode) ?? [],
    ties:
      profile?.ties.map((tie) => ({
        prefectureCode: tie.prefectureCode,
        municipality: tie.municipality ?? undefined,
        kind: tie.kind,
        note: tie.note ?? undefined,
      })) ?? [],
  };
}

export async function saveRegions(userId: string, input: RegionsInput) {
  await db.$transaction(async (tx) => {
    const profileId = await ensureProfile(tx, userId);
    await tx.profileRegion.deleteMany({ where: { profileId } });
    await tx.hometownTie.deleteMany({ where: { profileId } });
    const regions = [...new Set(input.regions)];
    if (regions.length > 0) {
      await tx.profileRegion.createMany({
        data: regions.map((prefectureCode) => ({ profileId, prefectureCode })),
      });
    }
    // One by one, so the ids (and with them the order) follow the form.
    for (const tie of input.ties) {
      await tx.hometownTie.create({
        data: {
          profileId,
          prefectureCode: tie.prefectureCode,
          municipality: tie.municipality || null,
          kind: tie.kind,
          note: tie.note || null,
        },
      });
    }
    await tx.professionalProfile.update({
      where: { id: profileId },
      data: { updatedAt: new Date() },
    });
    await enqueueSearchSync(tx, "profile", [profileId]);
  });
}

// ——— privacy: visibility and blocked companies ———

export async function readPrivacy(userId: string) {
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      visibility: true,
      currentEmployer: true,
      blocks: {
        select: { companyId: true, company: { select: { name: true, prefectureCode: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return {
    id: profile?.id ?? null,
    visibility: profile?.visibility ?? ("SIGNED_IN" as const),
    currentEmployer: profile?.currentEmployer ?? null,
    blocks:
      profile?.blocks.map((block) => ({
        companyId: block.companyId,
        name: block.company.name,
        prefectureCode: block.company.prefectureCode,
      })) ?? [],
  };
}

export async function setVisibility(userId: string, visibility: ProfileVisibility, meta: Meta) {
  await db.$transaction(async (tx) => {
    const profileId = await ensureProfile(tx, userId);
    const before = await tx.professionalProfile.findUniqueOrThrow({
      where: { id: profileId },
      select: { visibility: true },
    });
    if (before.visibility === visibility) return;
    await tx.professionalProfile.update({ where: { id: profileId }, data: { visibility } });
    // HIDDEN removes the document, ANONYMOUS strips it down to the anonymous view.
    await enqueueSearchSync(tx, "profile", [profileId]);
    await recordAudit(tx, {
      action: "profile.visibility.changed",
      actorId: userId,
      targetType: "ProfessionalProfile",
      targetId: profileId,
      ipAddress: meta.ipAddress,
      metadata: { from: before.visibility, to: visibility },
    });
  });
}

/** Blocks a company: its members never see the profile. False when no such company exists. */
export async function blockCompany(userId: string, companyId: string, meta: Meta) {
  return db.$transaction(async (tx) => {
    const company = await tx.company.findUnique({ where: { id: companyId }, select: { id: true } });
    if (!company) return false;
    const profileId = await ensureProfile(tx, userId);
    const existing = await tx.profileBlock.findUnique({
      where: { profileId_companyId: { profileId, companyId } },
      select: { companyId: true },
    });
    if (existing) return true;
    await tx.profileBlock.create({ data: { profileId, companyId } });
    await enqueueSearchSync(tx, "profile", [profileId]);
    await recordAudit(tx, {
      action: "profile.company.blocked",
      actorId: userId,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { profileId },
    });
    return true;
  });
}

export async function unblockCompany(userId: string, companyId: string, meta: Meta) {
  await db.$transaction(async (tx) => {
    const profile = await tx.professionalProfile.findUnique({
      where: { userId },
      select: { id: true },
    });
    if (!profile) return;
    const { count } = await tx.profileBlock.deleteMany({
      where: { profileId: profile.id, companyId },
    });
    if (count === 0) return;
    await enqueueSearchSync(tx, "profile", [profile.id]);
    await recordAudit(tx, {
      action: "profile.company.unblocked",
      actorId: userId,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { profileId: profile.id },
    });
  });
}
