import { Link } from "@remix-run/react";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectureName } from "~/modules/reference/prefectures";
import { Highlighted, type Segment } from "./highlighted";

/**
 * One profile hit as the loader hands it over. The anonymous view carries a generated
 * summary and no name (the search service never reads it for such a profile).
 */
export type ProfessionalHit = {
  id: string;
  view: "full" | "anonymous";
  name?: string | null;
  summary?: string | null;
  headline: string;
  skills?: ReadonlyArray<{ name: string; years: number }>;
  regions?: readonly string[];
  hoursPerWeek?: number | null;
  availableFrom?: Date | string | null;
  highlights: { headline?: Segment[]; snippet?: Segment[] };
};

export function ProfessionalResult({ hit }: { hit: ProfessionalHit }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `pro-${hit.id}-title`;
  const title = hit.view === "full" ? (hit.name ?? "") : (hit.summary ?? "");
  const skills = hit.skills ?? [];
  const regions = hit.regions ?? [];
  return (
    <article className="card flex w-full flex-col gap-2" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-bold">
        <Link to={`/pros/${hit.id}`} className="underline-offset-2 hover:underline">
          {title}
        </Link>
      </h3>
      {hit.view === "anonymous" ? (
        <p className="text-sm">
          <span className="rounded bg-paper px-2 py-0.5 text-muted">
            {t("discovery.pros.anonymous")}
          </span>
        </p>
      ) : null}
      {hit.headline ? (
        <p>
          <Highlighted segments={hit.highlights.headline} text={hit.headline} />
        </p>
      ) : null}
      {hit.highlights.snippet ? (
        <p className="line-clamp-2 text-sm text-muted">
          <Highlighted segments={hit.highlights.snippet} text="" />
        </p>
      ) : null}
      <dl className="space-y-1 text-sm">
        {skills.length > 0 ? (
          <div className="flex flex-wrap gap-1">
            <dt className="text-muted">{t("discovery.pros.skills")}</dt>
            <dd>
              {skills
                .slice(0, 6)
                .map((skill) =>
                  t("discovery.pros.skillYears", { skill: skill.name, years: skill.years }),
                )
                .join(locale === "ja" ? "・" : ", ")}
            </dd>
          </div>
        ) : null}
        {regions.length > 0 ? (
          <div className="flex flex-wrap gap-1">
            <dt className="text-muted">{t("discovery.pros.regions")}</dt>
            <dd>
              {regions
                .map((code) => prefectureName(code, locale))
                .join(locale === "ja" ? "、" : ", ")}
            </dd>
          </div>
        ) : null}
      </dl>
      {hit.hoursPerWeek || hit.availableFrom ? (
        <p className="text-sm text-muted">
          {[
            hit.hoursPerWeek ? t("discovery.pros.hours", { hours: hit.hoursPerWeek }) : null,
            hit.availableFrom
              ? t("discovery.pros.availableFrom", { date: formatDate(locale, hit.availableFrom) })
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
    </article>
  );
}
