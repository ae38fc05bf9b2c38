/**
 * What pair scoring reads. Both sides are built only from what each party may see of
 * the other: the professional side holds the fields of the anonymous view (no name,
 * employer, career organisations, links or bio), so a company and the professional
 * compute the same score for the same pair.
 */
import type { CompensationType, SkillLevel, TieKind, WorkStyle } from "~/generated/prisma/enums";
import type { EngagementType } from "~/modules/reference/work";

export interface ChallengeForScoring {
  id: string;
  /** title, summary, background, success criteria and deliverables, for text relevance */
  text: string;
  skills: Array<{ skillId: string; nameJa: string; nameEn: string; required: boolean }>;
  prefectureCode: string;
  engagementTypes: EngagementType[];
  workStyle: WorkStyle;
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number;
  durationMonths: number;
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  startDate: Date | null;
}

export interface ProfessionalForScoring {
  id: string;
  /** headline, career titles and certificate names (what the anonymous view shows), for text relevance */
  text: string;
  skills: Array<{
    skillId: string;
    nameJa: string;
    nameEn: string;
    level: SkillLevel;
    years: number;
  }>;
  /** prefectures the professional would like to work for */
  regionCodes: string[];
  ties: Array<{ prefectureCode: string; kind: TieKind }>;
  engagementTypes: EngagementType[];
  workStyles: WorkStyle[];
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number | null;
  availableFrom: Date | null;
  expectedMonthlyYen: number | null;
  expectedHourlyYen: number | null;
}
