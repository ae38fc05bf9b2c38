/** Which searches can be saved, and by whom. Pure: shared by the form, the routes and the digests. */
import type { Role } from "~/modules/auth/roles";

export const searchKinds = ["challenges", "professionals"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const alertFrequencies = ["DAILY", "WEEKLY", "OFF"] as const;
export type AlertFrequencyCode = (typeof alertFrequencies)[number];

/** A user may keep this many saved searches. */
export const savedSearchLimit = 20;

/** Professionals search challenges; company members, coordinators and admins search both. */
const allowed: Record<SearchKind, readonly Role[]> = {
  challenges: ["PROFESSIONAL", "COMPANY_MEMBER", "COORDINATOR", "ADMIN"],
  professionals: ["COMPANY_MEMBER", "COORDINATOR", "ADMIN"],
};

export function canSaveSearch(role: Role | string, kind: SearchKind): boolean {
  return (allowed[kind] as readonly string[]).includes(role);
}

export function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === "string" && (searchKinds as readonly string[]).includes(value);
}

/** The search page a saved search opens: /challenges?… or /pros?… */
export function searchPath(kind: SearchKind, query: string): string {
  const path = kind === "challenges" ? "/challenges" : "/pros";
  return query ? `${path}?${query}` : path;
}
