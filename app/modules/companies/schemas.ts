import { z } from "zod";
import { emailSchema, nameSchema, passwordSchema } from "~/modules/auth/schemas";
import { industryCodes } from "~/modules/reference/industries";
import { prefectureCodes } from "~/modules/reference/prefectures";
import { employeesBands } from "~/modules/reference/work";

export const COMPANY_NAME_MAX = 100;
export const MUNICIPALITY_MAX = 100;
export const WEBSITE_MAX = 300;
export const DESCRIPTION_MAX = 4000;
export const FOUNDED_YEAR_MIN = 1800;

/** Messages are i18n keys (see app/modules/auth/schemas.ts). */
const requiredText = (max: number) =>
  z
    .string({ error: "reference.errors.required" })
    .trim()
    .min(1, { error: "reference.errors.required" })
    .max(max, { error: "reference.errors.tooLong" });

export const companyFormSchema = z.object({
  name: requiredText(COMPANY_NAME_MAX),
  prefectureCode: z.enum(prefectureCodes, { error: "reference.errors.prefecture" }),
  municipality: requiredText(MUNICIPALITY_MAX),
  industryCode: z.enum(industryCodes, { error: "reference.errors.industry" }),
  employeesBand: z.enum(employeesBands, { error: "companies.form.employeesRequired" }),
  // Conform turns an empty input into undefined and "1950" into 1950.
  foundedYear: z
    .number({ error: "reference.errors.integer" })
    .int({ error: "reference.errors.integer" })
    .min(FOUNDED_YEAR_MIN, { error: "companies.form.foundedYearRange" })
    // Checked at parse time, so the bound moves with the calendar.
    .refine((year) => year <= new Date().getFullYear(), {
      error: "companies.form.foundedYearRange",
    })
    .optional(),
  website: z
    .string()
    .trim()
    .max(WEBSITE_MAX, { error: "reference.errors.tooLong" })
    // z.url() alone would accept "javascript:" links.
    .pipe(z.url({ protocol: /^https?$/, error: "reference.errors.url" }))
    .optional(),
  description: z
    .string()
    .trim()
    .max(DESCRIPTION_MAX, { error: "reference.errors.tooLong" })
    .optional()
    .transform((text) => text ?? ""),
  /** on the edit form: drop the current logo (a new upload wins over this) */
  removeLogo: z.literal("on").optional(),
});

export type CompanyFormInput = z.infer<typeof companyFormSchema>;

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: emailSchema,
});

export const transferSchema = z.object({
  intent: z.literal("transfer"),
  membershipId: z.string({ error: "companies.transfer.chooseMember" }).min(1).max(64),
  confirm: z.literal("on", { error: "companies.transfer.confirmRequired" }),
});

/** What the members page posts: one form per action, told apart by `intent`. */
export const memberActionSchema = z.discriminatedUnion("intent", [
  inviteSchema,
  transferSchema,
  z.object({ intent: z.literal("revoke"), invitationId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("remove"), membershipId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("leave") }),
]);

/** An invitation link's token: 20 random bytes in lower-case base32. */
export const invitationTokenSchema = z.string().regex(/^[a-z2-7]{32}$/);

/** The short sign-up form on an invitation page: the address comes from the invitation. */
export const invitationSignupSchema = z.object({
  intent: z.literal("signup"),
  name: nameSchema,
  password: passwordSchema,
  agreeToTerms: z.literal("on", { error: "form.terms.required" }),
});

export const invitationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept") }),
  invitationSignupSchema,
]);

export const DIRECTORY_PAGE_SIZE = 20;

/** The directory's query string; anything unusable is dropped rather than refused. */
export const directoryQuerySchema = z.object({
  q: z
    .string()
    .transform((text) => text.normalize("NFKC").trim().slice(0, 100))
    .catch(""),
  prefecture: z.enum(prefectureCodes).optional().catch(undefined),
  industry: z.enum(industryCodes).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export function parseDirectoryQuery(searchParams: URLSearchParams): DirectoryQuery {
  return directoryQuerySchema.parse({
    q: searchParams.get("q") ?? "",
    prefecture: searchParams.get("prefecture") || undefined,
    industry: searchParams.get("industry") || undefined,
    page: searchParams.get("page") ?? "1",
  });
}
