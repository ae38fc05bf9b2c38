/** The audit log page's filters (a GET form), pure; anything malformed is dropped. */
import { z } from "zod";
import { roles } from "~/modules/auth/roles";
import { isCalendarDay } from "~/modules/challenges/dates";

export const AUDIT_PAGE_SIZE = 50;

/** "STAFF": coordinators and admins together, the actions the console's users take. */
export const auditRoleFilters = ["STAFF", ...roles] as const;

const day = z.string().refine(isCalendarDay).optional().catch(undefined);

export const auditFilterSchema = z.object({
  role: z.enum(auditRoleFilters).optional().catch(undefined),
  action: z.string().trim().min(1).max(100).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilters = z.infer<typeof auditFilterSchema>;

/** The filters as a query string for another page of the same list. */
export function auditSearch(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.role) params.set("role", filters.role);
  if (filters.action) params.set("action", filters.action);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
