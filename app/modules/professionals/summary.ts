import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { employerKinds, isIndustryCode } from "~/modules/reference/industries";
import type { SkillLevel } from "./schemas";

export type SummarySkill = { nameJa: string; nameEn: string; years: number; level: SkillLevel };

const levelRank: Record<SkillLevel, number> = {
  BASIC: 0,
  INTERMEDIATE: 1,
  ADVANCED: 2,
  EXPERT: 3,
};

/** The skill a summary leads with: most years, then highest level, then name. */
export function topSkill<Skill extends SummarySkill>(skills: readonly Skill[]): Skill | null {
  let best: Skill | null = null;
  for (const skill of skills) {
    if (
      !best ||
      skill.years > best.years ||
      (skill.years === best.years && levelRank[skill.level] > levelRank[best.level]) ||
      (skill.years === best.years &&
        skill.level === best.level &&
        skill.nameEn.localeCompare(best.nameEn) < 0)
    ) {
      best = skill;
    }
  }
  return best;
}

/**
 * The line an anonymous profile shows instead of a name: "IT企業勤務・マーケティング12年" /
 * "Works at an IT company · Marketing, 12 years". Built from the kind of employer (never
 * its name) and the longest-practised skill, in the viewer's language; either half is
 * left out when unknown, and "プロ人材" / "Professional" stands in when both are.
 */
export function anonymousSummary(
  profile: { currentIndustryCode: string | null; skills: readonly SummarySkill[] },
  locale: Locale,
): string {
  const code = profile.currentIndustryCode;
  const employer =
    code && isIndustryCode(code)
      ? translate(locale, "professionals.summary.employer", { kind: employerKinds[code][locale] })
      : null;
  const skill = topSkill(profile.skills);
  let experience: string | null = null;
  if (skill) {
    const name = locale === "ja" ? skill.nameJa : skill.nameEn;
    experience =
      skill.years <= 0
        ? name
        : translate(
            locale,
            skill.years === 1
              ? "professionals.summary.skillYear"
              : "professionals.summary.skillYears",
            { skill: name, years: skill.years },
          );
  }
  if (employer && experience) {
    return translate(locale, "professionals.summary.both", { employer, experience });
  }
  return employer ?? experience ?? translate(locale, "professionals.summary.fallback");
}
