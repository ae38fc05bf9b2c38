/**
 * The dry run: every row through its kind's schema, then the checks that need the
 * database (company names, owners, skills, existing accounts) and duplicates within
 * the file. Nothing is written here.
 */
import type { DbClient } from "~/lib/db.server";
import { emailSchema } from "~/modules/auth/schemas";
import { skillNameKey } from "~/modules/skills/names";
import { skillIndex, type SkillRef } from "~/modules/skills/resolve.server";
import { columnsByKind, type ImportKind } from "./columns";
import {
  issuesToErrors,
  rowSchemaFor,
  type ChallengeRow,
  type CompanyRow,
  type ProfessionalRow,
} from "./schemas";
import type { RowError, SourceRow } from "./source";
import { splitList } from "./values";

export type CompanyImport = CompanyRow & { ownerId: string | null };
export type ChallengeImport = Omit<
  ChallengeRow,
  "requiredSkills" | "niceToHaveSkills" | "prefectureCode" | "municipality"
> & {
  companyId: string;
  prefectureCode: string;
  municipality: string;
  requiredSkillIds: string[];
  niceToHaveSkillIds: string[];
};
export type ProfessionalImport = Omit<ProfessionalRow, "skills"> & {
  skills: Array<{
    skillId: string;
    years: number;
    level: ProfessionalRow["skills"][number]["level"];
  }>;
};

export type ImportData = {
  COMPANIES: CompanyImport;
  CHALLENGES: ChallengeImport;
  PROFESSIONALS: ProfessionalImport;
};

/** A row that passed the dry run, as stored in ImportJob.rows. */
export type ValidRow<K extends ImportKind = ImportKind> = { row: number; data: ImportData[K] };

export type Validation<K extends ImportKind = ImportKind> = {
  valid: ValidRow<K>[];
  errors: RowError[];
};

const CHUNK = 500;

/** findMany over a long `in` list, a chunk at a time (SQLite caps bound variables). */
async function inChunks<T>(values: string[], query: (chunk: string[]) => Promise<T[]>) {
  const unique = [...new Set(values)];
  const results: T[] = [];
  for (let start = 0; start < unique.length; start += CHUNK) {
    results.push(...(await query(unique.slice(start, start + CHUNK))));
  }
  return results;
}

type Checked = { row: number; values: Record<string, string>; errors: RowError[] };

function addError(checked: Checked, field: string, message: string, vars?: RowError["vars"]) {
  // One message per column: a value the schema already refused is not looked up.
  if (checked.errors.some((error) => error.field === field)) return;
  checked.errors.push({ row: checked.row, field, message, ...(vars ? { vars } : {}) });
}

/** Later rows repeating an earlier row's key (name, email) are errors. */
function flagDuplicates(rows: Checked[], field: string, keyOf: (value: string) => string | null) {
  const first = new Map<string, number>();
  for (const checked of rows) {
    const key = keyOf(checked.values[field] ?? "");
    if (!key) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, checked.row);
    else addError(checked, field, "imports.errors.duplicateInFile", { row: earlier });
  }
}

function resolveNames(index: Map<string, SkillRef>, names: string[]) {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const skill = index.get(skillNameKey(name));
    if (!skill) unknown.push(name);
    else if (!ids.includes(skill.id)) ids.push(skill.id);
  }
  return { ids, unknown };
}

function checkSkills(
  checked: Checked,
  field: string,
  names: string[],
  index: Map<string, SkillRef>,
) {
  const { unknown } = resolveNames(index, names);
  if (unknown.length > 0) {
    addError(checked, field, "reference.errors.unknownSkills", { names: unknown.join("、") });
  }
}

const emailKey = (value: string) => {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};
const nameKey = (value: string) => value.normalize("NFKC").trim().replace(/\s+/g, " ") || null;
const skillNamesOf = (value: string) =>
  splitList(value.normalize("NFKC")).map((item) => item.split(":")[0]!.trim());

/** Runs the dry run over rows already read from a file. */
export async function validateRows<K extends ImportKind>(
  client: DbClient,
  kind: K,
  rows: SourceRow[],
  now = new Date(),
): Promise<Validation<K>> {
  const schema = rowSchemaFor(kind, now);
  const parsed = new Map<number, unknown>();
  const checked: Checked[] = rows.map(({ row, values }) => {
    const result = schema.safeParse(values);
    if (result.success) parsed.set(row, result.data);
    return { row, values, errors: result.success ? [] : issuesToErrors(row, result.error.issues) };
  });

  const resolvers: Record<ImportKind, () => Promise<(item: Checked) => unknown>> = {
    COMPANIES: () => checkCompanies(client, checked, parsed),
    CHALLENGES: () => checkChallenges(client, checked, parsed),
    PROFESSIONALS: () => checkProfessionals(client, checked, parsed),
  };
  const finish = await resolvers[kind]();

  const order = new Map(columnsByKind[kind].map((column, index) => [column.name, index]));
  const valid: ValidRow<K>[] = [];
  const errors: RowError[] = [];
  for (const item of checked) {
    if (item.errors.length === 0) {
      valid.push({ row: item.row, data: finish(item) as ImportData[K] });
      continue;
    }
    item.errors.sort((a, b) => (order.get(a.field) ?? -1) - (order.get(b.field) ?? -1));
    errors.push(...item.errors);
  }
  return { valid, errors };
}

async function checkCompanies(client: DbClient, rows: Checked[], parsed: Map<number, unknown>) {
  flagDuplicates(rows, "name", nameKey);
  const names = rows.map((item) => item.values.name!.trim()).filter(Boolean);
  const existing = new Set(
    (
      await inChunks(names, (chunk) =>
        client.company.findMany({ where: { name: { in: chunk } }, select: { name: true } }),
      )
    ).map((company) => company.name),
  );
  const emails = rows.map((item) => emailKey(item.values.owner_email!)).filter(Boolean) as string[];
  const owners = new Map(
    (
      await inChunks(emails, (chunk) =>
        client.user.findMany({
          where: { email: { in: chunk } },
          select: { id: true, email: true, role: true },
        }),
      )
    ).map((user) => [user.email, user]),
  );
  for (const item of rows) {
    if (existing.has(item.values.name!.trim())) addError(item, "name", "imports.errors.exists");
    const email = emailKey(item.values.owner_email!);
    if (!email) continue;
    const owner = owners.get(email);
    if (!owner) addError(item, "owner_email", "imports.errors.ownerNotFound");
    else if (owner.role !== "COMPANY_MEMBER")
      addError(item, "owner_email", "imports.errors.ownerRole");
  }
  return (item: Checked): CompanyImport => {
    const row = parsed.get(item.row) as CompanyRow;
    return { ...row, ownerId: row.ownerEmail ? owners.get(row.ownerEmail)!.id : null };
  };
}

async function checkChallenges(client: DbClient, rows: Checked[], parsed: Map<number, unknown>) {
  const names = rows.map((item) => item.values.company_name!.trim()).filter(Boolean);
  const companies = await inChunks(names, (chunk) =>
    client.company.findMany({
      where: { name: { in: chunk } },
      select: { id: true, name: true, prefectureCode: true, municipality: true },
    }),
  );
  const byName = new Map<string, typeof companies>();
  for (const company of companies) {
    byName.set(company.name, [...(byName.get(company.name) ?? []), company]);
  }
  const index = await skillIndex(client);
  for (const item of rows) {
    const name = item.values.company_name!.trim();
    if (name) {
      const matches = byName.get(name) ?? [];
      if (matches.length === 0) addError(item, "company_name", "imports.errors.notFound");
      if (matches.length > 1) addError(item, "company_name", "imports.errors.ambiguous");
    }
    for (const field of ["required_skills", "nice_to_have_skills"]) {
      checkSkills(item, field, skillNamesOf(item.values[field]!), index);
    }
  }
  return (item: Checked): ChallengeImport => {
    const { requiredSkills, niceToHaveSkills, ...row } = parsed.get(item.row) as ChallengeRow;
    const company = byName.get(row.companyName)![0]!;
    const required = resolveNames(index, requiredSkills).ids;
    return {
      ...row,
      companyId: company.id,
      prefectureCode: row.prefectureCode ?? company.prefectureCode,
      // The company's town only where the row keeps the company's prefecture.
      municipality:
        row.municipality ||
        (!row.prefectureCode || row.prefectureCode === company.prefectureCode
          ? company.municipality
          : ""),
      requiredSkillIds: required,
      niceToHaveSkillIds: resolveNames(index, niceToHaveSkills).ids.filter(
        (id) => !required.includes(id),
      ),
    };
  };
}

async function checkProfessionals(client: DbClient, rows: Checked[], parsed: Map<number, unknown>) {
  flagDuplicates(rows, "email", emailKey);
  const emails = rows.map((item) => emailKey(item.values.email!)).filter(Boolean) as string[];
  const existing = new Set(
    (
      await inChunks(emails, (chunk) =>
        client.user.findMany({ where: { email: { in: chunk } }, select: { email: true } }),
      )
    ).map((user) => user.email),
  );
  const index = await skillIndex(client);
  for (const item of rows) {
    const email = emailKey(item.values.email!);
    if (email && existing.has(email)) addError(item, "email", "imports.errors.exists");
    checkSkills(item, "skills", skillNamesOf(item.values.skills!), index);
  }
  return (item: Checked): ProfessionalImport => {
    const row = parsed.get(item.row) as ProfessionalRow;
    const skills: ProfessionalImport["skills"] = [];
    for (const entry of row.skills) {
      const skill = index.get(skillNameKey(entry.name))!;
      if (skills.some((taken) => taken.skillId === skill.id)) continue;
      skills.push({ skillId: skill.id, years: entry.years, level: entry.level });
    }
    return { ...row, skills };
  };
}
