import type { MessageKey } from "~/lib/i18n/translate";

export const roles = ["PROFESSIONAL", "COMPANY_MEMBER", "COORDINATOR", "ADMIN"] as const;
export type Role = (typeof roles)[number];

/** Roles people can choose for themselves at sign-up; the others are granted by an admin. */
export const selfServiceRoles = ["PROFESSIONAL", "COMPANY_MEMBER"] as const;

export const roleLabelKeys: Record<Role, MessageKey> = {
  PROFESSIONAL: "role.PROFESSIONAL",
  COMPANY_MEMBER: "role.COMPANY_MEMBER",
  COORDINATOR: "role.COORDINATOR",
  ADMIN: "role.ADMIN",
};
