import type { MessageKey } from "~/lib/i18n/translate";
import { sectionPath, type ProfileSectionKey } from "./sections";

/** What the meter needs to know about a profile (counts and presence, no content). */
export type CompletenessFacts = {
  headline: string;
  bio: string;
  hasPhoto: boolean;
  skillCount: number;
  careerCount: number;
  industryCount: number;
  engagementTypeCount: number;
  workStyleCount: number;
  hoursPerWeek: number | null;
  availableFrom: Date | string | null;
  regionCount: number;
  tieCount: number;
  expectedMonthlyYen: number | null;
  expectedHourlyYen: number | null;
};

export type ChecklistItem = {
  key: string;
  /** share of the whole, in percent; the weights add up to 100 */
  weight: number;
  section: ProfileSectionKey;
  label: MessageKey;
  done: (facts: CompletenessFacts) => boolean;
};

export const MIN_SKILLS_FOR_MATCHING = 3;

/**
 * The checklist, most useful first: what matching leans on (skills, a headline, career,
 * how and where someone can work) weighs more than a photo. Ties keep this order.
 */
export const checklist: readonly ChecklistItem[] = [
  {
    key: "headline",
    weight: 15,
    section: "basics",
    label: "professionals.completeness.headline",
    done: (facts) => facts.headline.trim().length > 0,
  },
  {
    key: "skills",
    weight: 15,
    section: "skills",
    label: "professionals.completeness.skills",
    done: (facts) => facts.skillCount >= MIN_SKILLS_FOR_MATCHING,
  },
  {
    key: "career",
    weight: 15,
    section: "career",
    label: "professionals.completeness.career",
    done: (facts) => facts.careerCount > 0,
  },
  {
    key: "engagement",
    weight: 10,
    section: "preferences",
    label: "professionals.completeness.engagement",
    done: (facts) => facts.engagementTypeCount > 0,
  },
  {
    key: "availability",
    weight: 10,
    section: "preferences",
    label: "professionals.completeness.availability",
    done: (facts) => facts.hoursPerWeek !== null || facts.availableFrom !== null,
  },
  {
    key: "regions",
    weight: 10,
    section: "regions",
    label: "professionals.completeness.regions",
    done: (facts) => facts.regionCount > 0 || facts.tieCount > 0,
  },
  {
    key: "bio",
    weight: 5,
    section: "basics",
    label: "professionals.completeness.bio",
    done: (facts) => facts.bio.trim().length > 0,
  },
  {
    key: "workStyle",
    weight: 5,
    section: "preferences",
    label: "professionals.completeness.workStyle",
    done: (facts) => facts.workStyleCount > 0,
  },
  {
    key: "industries",
    weight: 5,
    section: "industries",
    label: "professionals.completeness.industries",
    done: (facts) => facts.industryCount > 0,
  },
  {
    key: "compensation",
    weight: 5,
    section: "preferences",
    label: "professionals.completeness.compensation",
    done: (facts) => facts.expectedMonthlyYen !== null || facts.expectedHourlyYen !== null,
  },
  {
    key: "photo",
    weight: 5,
    section: "basics",
    label: "professionals.completeness.photo",
    done: (facts) => facts.hasPhoto,
  },
];

export type MissingItem = { key: string; label: MessageKey; to: string; weight: number };

export type Completeness = {
  /** 0–100 */
  percent: number;
  /** the most useful thing still to fill in, or null when nothing is missing */
  next: MissingItem | null;
  missing: MissingItem[];
};

/** A weighted checklist → percentage, and what to fill in next (with a link to its section). */
export function profileCompleteness(facts: CompletenessFacts | null): Completeness {
  let percent = 0;
  const missing: MissingItem[] = [];
  for (const item of checklist) {
    if (facts && item.done(facts)) percent += item.weight;
    else {
      missing.push({
        key: item.key,
        label: item.label,
        to: sectionPath(item.section),
        weight: item.weight,
      });
    }
  }
  // A stable sort keeps the checklist's order among equal weights.
  missing.sort((a, b) => b.weight - a.weight);
  return { percent, next: missing[0] ?? null, missing };
}
