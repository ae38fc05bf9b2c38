import type { AppLoadContext } from "@remix-run/node";
import { db, type DbClient } from "~/lib/db.server";
import { forbidden, notFound } from "~/lib/http.server";
import { requireUser } from "~/modules/auth/guards.server";

/**
 * Who may act for a company: its members (the owner for membership changes).
 * Other roles, staff included, get 403; a company that does not exist is 404.
 */
export async function requireCompanyMember(
  request: Request,
  context: AppLoadContext,
  companyId: string,
  { owner = false }: { owner?: boolean } = {},
) {
  const user = await requireUser(request, context);
  const membership = await db.membership.findUnique({
    where: { companyId_userId: { companyId, userId: user.id } },
    select: { id: true, role: true },
  });
  if (!membership) {
    const exists = await db.company.count({ where: { id: companyId } });
    if (!exists) notFound();
    forbidden();
  }
  if (owner && membership.role !== "OWNER") forbidden();
  return { user, membership };
}

/** The companies a user belongs to (none for anyone but company members). */
export async function companyIdsOf(userId: string, client: DbClient = db): Promise<string[]> {
  const memberships = await client.membership.findMany({
    where: { userId },
    select: { companyId: true },
  });
  return memberships.map((membership) => membership.companyId);
}

/** Companies whose name contains `query` (for pickers such as a professional's blocks). */
export async function findCompaniesByName(query: string, limit = 20) {
  const text = query.normalize("NFKC").trim();
  if (!text) return [];
  return db.company.findMany({
    where: { name: { contains: text } },
    select: { id: true, name: true, prefectureCode: true },
    orderBy: { name: "asc" },
    take: limit,
  });
}

/** Whether the user belongs to the company (for showing members' links on public pages). */
export async function isCompanyMember(companyId: string, userId: string) {
  const count = await db.membership.count({ where: { companyId, userId } });
  return count > 0;
}
