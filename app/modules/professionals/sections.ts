import type { MessageKey } from "~/lib/i18n/translate";

/** The editable sections of /profile, in the order of its navigation. */
export const profileSections = [
  { key: "basics", to: "/profile/basics", label: "professionals.section.basics" },
  { key: "skills", to: "/profile/skills", label: "professionals.section.skills" },
  { key: "career", to: "/profile/career", label: "professionals.section.career" },
  { key: "industries", to: "/profile/industries", label: "professionals.section.industries" },
  { key: "credentials", to: "/profile/credentials", label: "professionals.section.credentials" },
  { key: "preferences", to: "/profile/preferences", label: "professionals.section.preferences" },
  { key: "regions", to: "/profile/regions", label: "professionals.section.regions" },
  { key: "privacy", to: "/profile/privacy", label: "professionals.section.privacy" },
] as const satisfies readonly { key: string; to: string; label: MessageKey }[];

export type ProfileSectionKey = (typeof profileSections)[number]["key"];

export function sectionPath(key: ProfileSectionKey): string {
  return profileSections.find((section) => section.key === key)!.to;
}
