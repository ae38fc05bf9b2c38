import { z } from "zod";
import { locales } from "~/lib/i18n/locales";
import {
  emailSchema,
  nameSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordSchema,
} from "~/modules/auth/schemas";
import type { Role } from "~/modules/auth/roles";
import { parseCliArgs, parseWith, UsageError } from "./support";

export const userCreateUsage = `
Usage: npm run user:create -- --role <role> --email <address> --name <name>
                              [--locale ja|en] [--password <password> | --password-stdin]

Creates a user account from the command line (for the first admin, or staff).

  --role            professional, company_member (or company), coordinator, admin
                    (any case)
  --email           the login address
  --name            display name, e.g. "長野 太郎"
  --locale          language of the account and its emails (default: ja)
  --password        sets the password now (${PASSWORD_MIN}-${PASSWORD_MAX} characters); the account is
                    verified and can log in at once
  --password-stdin  reads the password from standard input instead (keeps it out of
                    the shell history and the process list)
  -h, --help        shows this text

Without a password, an invitation email is queued (delivered by the app or by
\`npm run worker\`) and the invitation link is printed: the user follows it to choose a
password. The link uses APP_URL.

Example:
  npm run user:create -- --role coordinator --email tanaka@pref.nagano.example --name "田中 一郎"
`;

const roleAliases: Record<string, Role> = {
  professional: "PROFESSIONAL",
  pro: "PROFESSIONAL",
  company_member: "COMPANY_MEMBER",
  company: "COMPANY_MEMBER",
  coordinator: "COORDINATOR",
  admin: "ADMIN",
};

/** Accepts a role name in any case, with `-` or `_`: "Company-Member" → COMPANY_MEMBER. */
export function parseRole(value: string): Role | null {
  return roleAliases[value.trim().toLowerCase().replaceAll("-", "_")] ?? null;
}

/** The zod schemas carry i18n keys; on the command line they read as English. */
export const cliMessages: Record<string, string> = {
  "form.required": "is required",
  "form.email.invalid": "must be a valid email address",
  "form.password.tooShort": `must be at least ${PASSWORD_MIN} characters`,
  "form.password.tooLong": `must be at most ${PASSWORD_MAX} characters`,
  "form.name.tooLong": "must be at most 100 characters",
};

const argsSchema = z.object({
  role: z.string({ error: "form.required" }).transform((value, ctx) => {
    const role = parseRole(value);
    if (!role) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a role: use professional, company_member, coordinator or admin`,
      });
      return z.NEVER;
    }
    return role;
  }),
  email: emailSchema,
  name: nameSchema,
  locale: z.enum(locales, { error: "must be ja or en" }).default("ja"),
  password: passwordSchema.optional(),
  passwordStdin: z.boolean().default(false),
});

export type UserCreateArgs =
  | { help: true }
  | {
      help: false;
      input: { role: Role; email: string; name: string; locale: (typeof locales)[number] };
      /** set when given on the command line */
      password?: string;
      /** read the password from standard input */
      passwordStdin: boolean;
    };

/** Parses `npm run user:create` arguments; throws UsageError with every problem. */
export function parseUserCreateArgs(argv: string[]): UserCreateArgs {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      locale: { type: "string" },
      password: { type: "string" },
      "password-stdin": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}" (options start with --)`);
  }
  if (values.password !== undefined && values["password-stdin"]) {
    throw new UsageError("give either --password or --password-stdin, not both");
  }
  const args = parseWith(
    argsSchema,
    {
      role: values.role,
      email: values.email,
      name: values.name,
      locale: values.locale,
      password: values.password,
      passwordStdin: values["password-stdin"],
    },
    cliMessages,
    { passwordStdin: "--password-stdin" },
  );
  const { password, passwordStdin, ...input } = args;
  return { help: false, input, password, passwordStdin };
}

/** Checks a password read from standard input (trailing newline removed). */
export function parseStdinPassword(raw: string) {
  const password = raw.replace(/\r?\n$/, "");
  return parseWith(z.object({ password: passwordSchema }), { password }, cliMessages, {
    password: "password from standard input",
  }).password;
}
