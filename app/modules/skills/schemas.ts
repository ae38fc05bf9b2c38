import { z } from "zod";
import { skillNameKey } from "./names";
import { skillGroups } from "./taxonomy";

/**
 * The admin editor's rules, shared by the form in the browser and the action on the
 * server, and the suggestion API's query. Messages are i18n keys.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_NAME = 80;
export const MAX_ALIASES = 30;
export const SUGGESTION_LIMIT = { default: 8, max: 20 } as const;

/**
 * Aliases as typed: separated by commas or 読点 (not slashes: "CI/CD" is one alias),
 * trimmed, without repeats of the same spelling.
 */
export function parseAliasText(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of text.split(/[,、，\n]+/)) {
    const alias = part.trim();
    const key = skillNameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}

/** How aliases are shown in the form: "a、b" in Japanese, "a, b" in English. */
export function formatAliasText(aliases: readonly string[], locale: "ja" | "en"): string {
  return aliases.join(locale === "ja" ? "、" : ", ");
}

const name = z
  .string({ error: "reference.errors.required" })
  .trim()
  .min(1, { error: "reference.errors.required" })
  .max(MAX_NAME, { error: "skills.errors.tooLong" });

export const skillFieldsSchema = z.object({
  nameJa: name,
  nameEn: name,
  aliases: z
    .string()
    .max(3000, { error: "reference.errors.tooLong" })
    .optional()
    .transform((text) => parseAliasText(text ?? ""))
    .refine((aliases) => aliases.length <= MAX_ALIASES, { error: "skills.errors.tooManyAliases" })
    .refine((aliases) => aliases.every((alias) => alias.length <= MAX_NAME), {
      error: "skills.errors.tooLong",
    }),
  group: z.enum(skillGroups, { error: "skills.errors.group" }),
});

export const createSkillSchema = skillFieldsSchema.extend({
  slug: z
    .string({ error: "reference.errors.required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "reference.errors.required" })
    .max(60, { error: "skills.errors.tooLong" })
    .regex(SLUG_PATTERN, { error: "skills.errors.slug" }),
});

/** Editing keeps the slug: imports and links refer to it. */
export const updateSkillSchema = skillFieldsSchema;

export type SkillFields = z.output<typeof skillFieldsSchema>;
export type CreateSkillInput = z.output<typeof createSkillSchema>;

export const skillListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  group: z.enum(skillGroups).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type SkillListQuery = z.output<typeof skillListQuerySchema>;

export const suggestionQuerySchema = z.object({
  q: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(SUGGESTION_LIMIT.max).default(SUGGESTION_LIMIT.default),
});
