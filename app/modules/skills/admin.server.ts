import { db, isUniqueViolation, type DbClient } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueSkillUsers } from "~/modules/search/outbox.server";
import { parseAliases, skillNameKey } from "./names";
import type { CreateSkillInput, SkillFields, SkillListQuery } from "./schemas";
import { rankSkills } from "./search";
import { skillGroups } from "./taxonomy";

/** The admins' taxonomy editor: list, create, edit, delete; every change audited. */

export const SKILLS_PER_PAGE = 50;

type Actor = { id: string };
type Meta = { ipAddress?: string };

const collator = new Intl.Collator("ja");

/** One page of skills matching the query (any spelling) and group, with their usage. */
export async function listSkills(query: SkillListQuery) {
  const rows = await db.skill.findMany({
    where: query.group ? { groupKey: query.group } : {},
    select: { id: true, slug: true, nameJa: true, nameEn: true, aliases: true, groupKey: true },
  });
  const groupOrder = new Map<string, number>(skillGroups.map((group, index) => [group, index]));
  rows.sort(
    (a, b) =>
      (groupOrder.get(a.groupKey) ?? 99) - (groupOrder.get(b.groupKey) ?? 99) ||
      collator.compare(a.nameJa, b.nameJa),
  );
  const matching = query.q ? rankSkills(rows, query.q) : rows;
  const pageCount = Math.max(1, Math.ceil(matching.length / SKILLS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const shown = matching.slice((page - 1) * SKILLS_PER_PAGE, page * SKILLS_PER_PAGE);
  const usage = await skillUsage(shown.map((skill) => skill.id));
  return {
    total: matching.length,
    page,
    pageCount,
    skills: shown.map(({ aliases, ...skill }) => ({
      ...skill,
      aliases: parseAliases(aliases),
      challenges: usage.challenges.get(skill.id) ?? 0,
      profiles: usage.profiles.get(skill.id) ?? 0,
    })),
  };
}

/** How many challenges and profiles use each skill. */
export async function skillUsage(skillIds: readonly string[], client: DbClient = db) {
  const [challenges, profiles] = await Promise.all([
    client.challengeSkill.groupBy({
      by: ["skillId"],
      where: { skillId: { in: [...skillIds] } },
      _count: { _all: true },
    }),
    client.profileSkill.groupBy({
      by: ["skillId"],
      where: { skillId: { in: [...skillIds] } },
      _count: { _all: true },
    }),
  ]);
  return {
    challenges: new Map(challenges.map((row) => [row.skillId, row._count._all])),
    profiles: new Map(profiles.map((row) => [row.skillId, row._count._all])),
  };
}

/** A skill for the edit and delete pages, with its usage; null when there is none. */
export async function getSkill(id: string) {
  const skill = await db.skill.findUnique({
    where: { id },
    select: { id: true, slug: true, nameJa: true, nameEn: true, aliases: true, groupKey: true },
  });
  if (!skill) return null;
  const usage = await skillUsage([id]);
  return {
    ...skill,
    aliases: parseAliases(skill.aliases),
    challenges: usage.challenges.get(id) ?? 0,
    profiles: usage.profiles.get(id) ?? 0,
  };
}

export type SkillFieldErrors = Partial<Record<"slug" | "nameJa" | "nameEn" | "aliases", string[]>>;

type Outcome =
  { ok: true; id: string; slug: string } | { ok: false; fieldErrors: SkillFieldErrors };

/**
 * Every spelling of the new or edited skill must belong to no other skill, or a typed
 * name would match two. Errors are translated here (they name the other skill).
 */
async function spellingConflicts(
  client: DbClient,
  input: SkillFields & { slug?: string },
  locale: Locale,
  exceptId?: string,
): Promise<SkillFieldErrors | null> {
  const others = await client.skill.findMany({
    where: exceptId ? { id: { not: exceptId } } : {},
    select: { slug: true, nameJa: true, nameEn: true, aliases: true },
  });
  const owner = new Map<string, string>();
  for (const other of others) {
    const label = locale === "ja" ? other.nameJa : other.nameEn;
    for (const spelling of [
      other.slug,
      other.nameJa,
      other.nameEn,
      ...parseAliases(other.aliases),
    ]) {
      const key = skillNameKey(spelling);
      if (key && !owner.has(key)) owner.set(key, label);
    }
  }
  const errors: SkillFieldErrors = {};
  const check = (field: keyof SkillFieldErrors, spelling: string) => {
    const other = owner.get(skillNameKey(spelling));
    if (!other) return;
    (errors[field] ??= []).push(
      translate(locale, "skills.errors.nameTaken", { name: spelling, other }),
    );
  };
  if (input.slug) {
    if (others.some((other) => other.slug === input.slug)) {
      errors.slug = ["skills.errors.slugTaken"];
    } else check("slug", input.slug);
  }
  check("nameJa", input.nameJa);
  check("nameEn", input.nameEn);
  for (const alias of input.aliases) check("aliases", alias);
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Drops aliases that repeat the skill's own names (they match anyway). */
function ownAliases(input: SkillFields) {
  const names = new Set([skillNameKey(input.nameJa), skillNameKey(input.nameEn)]);
  return input.aliases.filter((alias) => !names.has(skillNameKey(alias)));
}

export async function createSkill(
  input: CreateSkillInput,
  actor: Actor,
  locale: Locale,
  meta: Meta = {},
): Promise<Outcome> {
  try {
    return await db.$transaction(async (tx) => {
      const fieldErrors = await spellingConflicts(tx, input, locale);
      if (fieldErrors) return { ok: false as const, fieldErrors };
      const skill = await tx.skill.create({
        data: {
          slug: input.slug,
          nameJa: input.nameJa,
          nameEn: input.nameEn,
          aliases: JSON.stringify(ownAliases(input)),
          groupKey: input.group,
        },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, {
        action: "admin.skill_created",
        actorId: actor.id,
        targetType: "Skill",
        targetId: skill.id,
        ipAddress: meta.ipAddress,
        metadata: { slug: skill.slug, nameJa: input.nameJa, nameEn: input.nameEn },
      });
      return { ok: true as const, ...skill };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, fieldErrors: { slug: ["skills.errors.slugTaken"] } };
    throw error;
  }
}

/** null when the skill does not exist. */
export async function updateSkill(
  id: string,
  input: SkillFields,
  actor: Actor,
  locale: Locale,
  meta: Meta = {},
): Promise<Outcome | null> {
  return db.$transaction(async (tx) => {
    const before = await tx.skill.findUnique({
      where: { id },
      select: { slug: true, nameJa: true, nameEn: true, aliases: true, groupKey: true },
    });
    if (!before) return null;
    const fieldErrors = await spellingConflicts(tx, input, locale, id);
    if (fieldErrors) return { ok: false as const, fieldErrors };
    const after = {
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      aliases: JSON.stringify(ownAliases(input)),
      groupKey: input.group,
    };
    await tx.skill.update({ where: { id }, data: after });
    // Documents list every spelling of their skills.
    await enqueueSkillUsers(tx, id);
    await recordAudit(tx, {
      action: "admin.skill_updated",
      actorId: actor.id,
      targetType: "Skill",
      targetId: id,
      ipAddress: meta.ipAddress,
      metadata: {
        slug: before.slug,
        before: {
          nameJa: before.nameJa,
          nameEn: before.nameEn,
          aliases: parseAliases(before.aliases),
          group: before.groupKey,
        },
        after: {
          nameJa: after.nameJa,
          nameEn: after.nameEn,
          aliases: ownAliases(input),
          group: after.groupKey,
        },
      },
    });
    return { ok: true as const, id, slug: before.slug };
  });
}

/** Deletes the skill (and its uses); false when it does not exist. */
export async function deleteSkill(id: string, actor: Actor, meta: Meta = {}) {
  return db.$transaction(async (tx) => {
    const skill = await tx.skill.findUnique({
      where: { id },
      select: { slug: true, nameJa: true, nameEn: true },
    });
    if (!skill) return false;
    const usage = await skillUsage([id], tx);
    // Before the delete: it takes the links that say which documents list the skill.
    await enqueueSkillUsers(tx, id);
    await tx.skill.delete({ where: { id } });
    await recordAudit(tx, {
      action: "admin.skill_deleted",
      actorId: actor.id,
      targetType: "Skill",
      targetId: id,
      ipAddress: meta.ipAddress,
      metadata: {
        ...skill,
        challenges: usage.challenges.get(id) ?? 0,
        profiles: usage.profiles.get(id) ?? 0,
      },
    });
    return true;
  });
}
