import { notFound } from "~/lib/http.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import type { SessionUser } from "~/modules/auth/session.server";
import { kindFromSlug } from "./columns";
import { errorsAsCsv, errorsAsText, requireJob } from "./jobs.server";
import { templateCsv, templateJson } from "./templates";

function download(body: string, fileName: string, contentType: string) {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** A job's errors as CSV or text, for its creator or an admin (404 for anyone else). */
export async function errorsDownload(
  request: Request,
  user: SessionUser,
  jobId: string,
  format: "csv" | "txt",
) {
  const job = await requireJob(user, jobId);
  const locale = await resolveLocale(request, user);
  const name = `import-errors-${job.id}.${format}`;
  return format === "csv"
    ? download(errorsAsCsv(locale, job.errors), name, "text/csv; charset=utf-8")
    : download(errorsAsText(locale, job.errors), name, "text/plain; charset=utf-8");
}

/** "companies.csv", "professionals.json"…: a template to fill in; anything else is 404. */
export function templateDownload(file: string) {
  const match = /^([a-z]+)\.(csv|json)$/.exec(file);
  const kind = match ? kindFromSlug(match[1]!) : null;
  if (!match || !kind) notFound();
  const name = `enishi-import-${match[1]}.${match[2]}`;
  return match[2] === "csv"
    ? download(templateCsv(kind), name, "text/csv; charset=utf-8")
    : download(templateJson(kind), name, "application/json; charset=utf-8");
}
