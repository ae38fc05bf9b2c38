/** The shapes the demo generators hand to the seed (dates as day offsets). */
import type {
  ChallengeCategory,
  ChallengeStatus,
  CloseReason,
  CompensationType,
  EmployeesBand,
  ProfileVisibility,
  SkillLevel,
  TieKind,
  WorkStyle,
} from "~/generated/prisma/enums";
import type { EngagementType, WorkStyleCode } from "~/modules/reference/work";

export type CompanySpec = {
  key: string;
  name: string;
  prefectureCode: string;
  municipality: string;
  industryCode: string;
  employeesBand: EmployeesBand;
  foundedYear: number;
  website: string | null;
  description: string;
  /** what the company makes or sells, for challenge texts ("精密切削部品") */
  product: string;
  /** days before the anchor the company joined */
  joinedDaysAgo: number;
  /** demo account key of the owner, or generated members (no password) */
  ownerAccount?: string;
  members: Array<{ key: string; name: string; role: "OWNER" | "MEMBER" }>;
};

export type ChallengeSpec = {
  key: string;
  companyKey: string;
  title: string;
  summary: string;
  background: string;
  successCriteria: string;
  deliverables: string;
  category: ChallengeCategory;
  engagementTypes: EngagementType[];
  workStyle: WorkStyle;
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number;
  durationMonths: number;
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  prefectureCode: string;
  municipality: string;
  status: ChallengeStatus;
  closeReason: CloseReason | null;
  /** days before the anchor the draft was written */
  createdDaysAgo: number;
  skills: Array<{ slug: string; required: boolean }>;
};

export type ProfileSpec = {
  key: string;
  /** a demo account key for the named professionals; otherwise a generated user */
  account?: string;
  name: string;
  email: string;
  locale: "ja" | "en";
  headline: string;
  bio: string;
  currentEmployer: string | null;
  currentIndustryCode: string | null;
  industryCodes: string[];
  certificates: Array<{ name: string; issuer?: string; year?: number }>;
  languages: Array<{ language: string; level: string }>;
  links: Array<{ label: string; url: string }>;
  engagementTypes: EngagementType[];
  workStyles: WorkStyleCode[];
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number | null;
  /** days after the anchor; null: not said */
  availableInDays: number | null;
  expectedMonthlyYen: number | null;
  expectedHourlyYen: number | null;
  visibility: ProfileVisibility;
  joinedDaysAgo: number;
  skills: Array<{ slug: string; years: number; level: SkillLevel }>;
  careers: Array<{
    organisation: string;
    industryCode: string | null;
    title: string;
    startYear: number;
    endYear: number | null;
    description: string;
  }>;
  regions: string[];
  ties: Array<{
    prefectureCode: string;
    municipality: string | null;
    kind: TieKind;
    note: string | null;
  }>;
  /** company keys whose members must not see the profile */
  blocks: string[];
};
