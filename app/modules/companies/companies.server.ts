import { db, type DbClient } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { saveImage, type UploadedImage } from "~/modules/images/images.server";
import { enqueueCompanyChallenges } from "~/modules/search/outbox.server";
import { DIRECTORY_PAGE_SIZE, type CompanyFormInput, type DirectoryQuery } from "./schemas";

type RequestMeta = { ipAddress?: string };

function companyData(input: CompanyFormInput) {
  return {
    name: input.name,
    prefectureCode: input.prefectureCode,
    municipality: input.municipality,
    industryCode: input.industryCode,
    employeesBand: input.employeesBand,
    foundedYear: input.foundedYear ?? null,
    website: input.website ?? null,
    description: input.description,
  };
}

/**
 * Creates a company with its creator as OWNER. Only company-member accounts may; the
 * caller's guard checks that, and this refuses anyone else as a second line.
 */
export async function createCompany(
  actor: { id: string; role: string },
  input: CompanyFormInput,
  meta: RequestMeta = {},
) {
  if (actor.role !== "COMPANY_MEMBER") throw new Error("only company members create companies");
  return db.$transaction(async (tx) => {
    const company = await tx.company.create({
      data: {
        ...companyData(input),
        memberships: { create: { userId: actor.id, role: "OWNER" } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "company.created",
      actorId: actor.id,
      targetType: "Company",
      targetId: company.id,
      ipAddress: meta.ipAddress,
    });
    return company;
  });
}

export type LogoChange =
  { kind: "keep" } | { kind: "remove" } | { kind: "replace"; image: UploadedImage };

/** Updates a company's details and, when asked, replaces or removes its logo. */
export async function updateCompany(
  actor: { id: string },
  companyId: string,
  input: CompanyFormInput,
  logo: LogoChange = { kind: "keep" },
  meta: RequestMeta = {},
) {
  await db.$transaction(async (tx) => {
    const current = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { logoId: true },
    });
    let logoId = current.logoId;
    if (logo.kind === "replace") logoId = (await saveImage(tx, logo.image)).id;
    if (logo.kind === "remove") logoId = null;
    await tx.company.update({
      where: { id: companyId },
      data: { ...companyData(input), logoId },
      select: { id: true },
    });
    // The old picture belongs to nobody now.
    if (current.logoId && current.logoId !== logoId) {
      await tx.image.delete({ where: { id: current.logoId } });
    }
    await recordAudit(tx, {
      action: "company.updated",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { logo: logo.kind },
    });
    // Its open challenges' documents carry the company's name.
    await enqueueCompanyChallenges(tx, companyId);
  });
}

/** The fields of the edit form. */
export function getCompanyForEdit(companyId: string) {
  return db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      name: true,
      prefectureCode: true,
      municipality: true,
      industryCode: true,
      employeesBand: true,
      foundedYear: true,
      website: true,
      description: true,
      logoId: true,
    },
  });
}

/** What the public company page shows; null when there is no such company. */
export function getPublicCompany(companyId: string) {
  return db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      name: true,
      prefectureCode: true,
      municipality: true,
      industryCode: true,
      employeesBand: true,
      foundedYear: true,
      website: true,
      description: true,
      logoId: true,
    },
  });
}

/** The logo's bytes for /companies/:id/logo; null when the company has none. */
export async function getCompanyLogo(companyId: string) {
  const company = await db.company.findUnique({
    where: { id: companyId },
    select: { logo: { select: { id: true, bytes: true, contentType: true } } },
  });
  return company?.logo ?? null;
}

/** A member's companies, with their role in each. */
export async function listCompaniesOf(userId: string, client: DbClient = db) {
  const memberships = await client.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      company: {
        select: {
          id: true,
          name: true,
          prefectureCode: true,
          municipality: true,
          industryCode: true,
          logoId: true,
          _count: { select: { memberships: true } },
        },
      },
    },
  });
  return memberships.map(({ role, company }) => ({
    role,
    id: company.id,
    name: company.name,
    prefectureCode: company.prefectureCode,
    municipality: company.municipality,
    industryCode: company.industryCode,
    logoId: company.logoId,
    memberCount: company._count.memberships,
  }));
}

/**
 * The staff directory: filtered by name, prefecture and industry; 20 a page, by name.
 * `prefectures` narrows it to a coordinator's regions (null: every prefecture).
 */
export async function listCompanyDirectory(
  query: DirectoryQuery,
  prefectures: string[] | null = null,
) {
  const allowed = (code: string) => prefectures === null || prefectures.includes(code);
  const prefectureCode = query.prefecture
    ? allowed(query.prefecture)
      ? query.prefecture
      : { in: [] }
    : prefectures === null
      ? undefined
      : { in: prefectures };
  const where = {
    ...(query.q ? { name: { contains: query.q } } : {}),
    ...(prefectureCode ? { prefectureCode } : {}),
    ...(query.industry ? { industryCode: query.industry } : {}),
  };
  const total = await db.company.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.company.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * DIRECTORY_PAGE_SIZE,
    take: DIRECTORY_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      prefectureCode: true,
      municipality: true,
      industryCode: true,
      employeesBand: true,
      _count: { select: { memberships: true, challenges: { where: { status: "OPEN" } } } },
    },
  });
  return {
    items: rows.map(({ _count, ...company }) => ({
      ...company,
      memberCount: _count.memberships,
      openChallengeCount: _count.challenges,
    })),
    total,
    page,
    pageCount,
  };
}

export function getCompanyName(companyId: string) {
  return db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true } });
}
