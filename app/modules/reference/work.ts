/** How professionals engage with a company, in display order. */
export const engagementTypes = [
  "SIDE_JOB",
  "CONTRACT",
  "FULL_TIME_RELOCATION",
  "PRO_BONO",
] as const;
export type EngagementType = (typeof engagementTypes)[number];

export const workStyles = ["REMOTE", "HYBRID", "ONSITE"] as const;
export type WorkStyleCode = (typeof workStyles)[number];

export const employeesBands = [
  "E1_9",
  "E10_49",
  "E50_99",
  "E100_299",
  "E300_999",
  "E1000_PLUS",
] as const;
export type EmployeesBandCode = (typeof employeesBands)[number];
