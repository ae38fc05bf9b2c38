import type { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { engagementTypes, type EngagementType } from "~/modules/reference/work";

export type PublicChallengeItem = {
  id: string;
  title: string;
  summary: string;
  category: ChallengeCategory;
  prefectureCode: string;
  workStyle: WorkStyle;
  engagementTypes: EngagementType[];
  publishedAt: Date | null;
  company: { id: string; name: string };
};

export type PublicChallengeFilters = {
  companyId?: string;
  category?: ChallengeCategory;
  prefectureCode?: string;
  page: number;
  pageSize: number;
};

export type PublicChallengePage = {
  items: PublicChallengeItem[];
  total: number;
  page: number;
  pageCount: number;
};

/** OPEN challenges only, newest published first; `page` is 1-based and clamped. */
export async function listPublicChallenges(
  filters: PublicChallengeFilters,
): Promise<PublicChallengePage> {
  const pageSize = Math.min(Math.max(Math.trunc(filters.pageSize) || 20, 1), 100);
  const where = {
    status: "OPEN" as const,
    ...(filters.companyId ? { companyId: filters.companyId } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.prefectureCode ? { prefectureCode: filters.prefectureCode } : {}),
  };
  const total = await db.challenge.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(filters.page) || 1, 1), pageCount);
  const rows = await db.challenge.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      title: true,
      summary: true,
      category: true,
      prefectureCode: true,
      workStyle: true,
      engagementTypes: true,
      publishedAt: true,
      company: { select: { id: true, name: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      ...row,
      engagementTypes: decodeCodeList(row.engagementTypes, engagementTypes),
    })),
    total,
    page,
    pageCount,
  };
}
