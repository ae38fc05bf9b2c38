import type { ReactNode } from "react";
import { formatDate, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { industryName } from "~/modules/reference/industries";
import { prefectureName } from "~/modules/reference/prefectures";
import type { ShownProfile } from "./views.server";

/**
 * A profile as someone else sees it, full or anonymous. It renders what the loader sent
 * and nothing else: the anonymous payload has no name, photo, employer, bio or links to show.
 * The page supplies the h1; sections here are h2.
 */
export function ProfileDetails({ profile }: { profile: ShownProfile }) {
  const t = useT();
  const locale = useLocale();
  const full = profile.view === "full" ? profile : null;
  const compensation = [
    profile.expectedMonthlyYen !== null
      ? t("professionals.detail.monthly", {
          amount: formatNumber(locale, profile.expectedMonthlyYen),
        })
      : null,
    profile.expectedHourlyYen !== null
      ? t("professionals.detail.hourly", {
          amount: formatNumber(locale, profile.expectedHourlyYen),
        })
      : null,
  ].filter((text): text is string => text !== null);
  const availability = [
    profile.hoursPerWeek !== null
      ? t("professionals.detail.hours", { hours: profile.hoursPerWeek })
      : null,
    profile.availableFrom
      ? t("professionals.detail.from", { date: formatDate(locale, profile.availableFrom) })
      : null,
  ].filter((text): text is string => text !== null);

  return (
    <div className="space-y-6">
      <div className="card flex flex-col gap-4 sm:flex-row sm:items-start">
        {full?.hasPhoto ? (
          <img
            src={`/pros/${full.id}/photo`}
            alt={t("professionals.detail.photoAlt", { name: full.name })}
            className="size-28 shrink-0 rounded-full border border-line object-cover"
            width={112}
            height={112}
          />
        ) : null}
        <div className="space-y-2">
          {profile.headline ? <p className="text-lg font-semibold">{profile.headline}</p> : null}
          {profile.view === "anonymous" ? (
            <p className="text-sm text-muted">{t("professionals.detail.anonymousNote")}</p>
          ) : null}
          {full?.currentEmployer || full?.currentIndustryCode ? (
            <p>
              <span className="font-semibold">{t("professionals.detail.currentEmployer")}: </span>
              {[
                full.currentEmployer,
                full.currentIndustryCode ? industryName(full.currentIndustryCode, locale) : null,
              ]
                .filter(Boolean)
                .join(" / ")}
            </p>
          ) : null}
        </div>
      </div>

      {full?.bio ? (
        <Section title={t("professionals.detail.bio")}>
          <p className="whitespace-pre-line">{full.bio}</p>
        </Section>
      ) : null}

      <Section title={t("professionals.detail.skills")}>
        {profile.skills.length > 0 ? (
          <ul className="flex flex-wrap gap-2">
            {profile.skills.map((skill) => (
              <li key={skill.name} className="rounded-full bg-accent-soft px-3 py-1 text-sm">
                <span className="font-semibold">{skill.name}</span>{" "}
                {t("professionals.detail.skillYears", { years: skill.years })} ·{" "}
                {t(`reference.level.${skill.level}`)}
              </li>
            ))}
          </ul>
        ) : (
          <NotSet />
        )}
      </Section>

      <Section title={t("professionals.detail.career")}>
        {profile.careers.length > 0 ? (
          <ol className="space-y-3">
            {profile.careers.map((career, index) => (
              <li key={index} className="border-l-4 border-line pl-3">
                <p className="font-semibold">
                  {career.title}
                  {"organisation" in career ? ` — ${career.organisation}` : null}
                </p>
                <p className="text-sm text-muted">
                  {t("professionals.detail.period", {
                    start: career.startYear,
                    end: career.endYear ?? t("professionals.career.current"),
                  })}
                  {career.industryCode ? ` · ${industryName(career.industryCode, locale)}` : null}
                </p>
                {"description" in career && career.description ? (
                  <p className="mt-1 whitespace-pre-line">{career.description}</p>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <NotSet />
        )}
      </Section>

      <Section title={t("professionals.detail.industries")}>
        <Chips items={profile.industryCodes.map((code) => industryName(code, locale))} />
      </Section>

      <Section title={t("professionals.detail.preferences")}>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("professionals.detail.engagement")}</dt>
          <dd>
            <Chips
              items={profile.engagementTypes.map((code) => t(`reference.engagement.${code}`))}
            />
          </dd>
          <dt className="font-semibold">{t("professionals.detail.workStyles")}</dt>
          <dd>
            <Chips items={profile.workStyles.map((code) => t(`reference.workStyle.${code}`))} />
          </dd>
          <dt className="font-semibold">{t("professionals.detail.onsite")}</dt>
          <dd>{t("professionals.detail.onsiteCount", { count: profile.onsiteVisitsPerMonth })}</dd>
          <dt className="font-semibold">{t("professionals.detail.availability")}</dt>
          <dd>{availability.length > 0 ? availability.join(" · ") : <NotSet />}</dd>
          <dt className="font-semibold">{t("professionals.detail.compensation")}</dt>
          <dd>{compensation.length > 0 ? compensation.join(" · ") : <NotSet />}</dd>
        </dl>
      </Section>

      <Section title={t("professionals.detail.regions")}>
        <Chips items={profile.regions.map((code) => prefectureName(code, locale))} />
      </Section>

      <Section title={t("professionals.detail.ties")}>
        {profile.ties.length > 0 ? (
          <ul className="space-y-1">
            {profile.ties.map((tie, index) => (
              <li key={index}>
                <span className="font-semibold">
                  {prefectureName(tie.prefectureCode, locale)}
                  {"municipality" in tie && tie.municipality ? ` ${tie.municipality}` : null}
                </span>{" "}
                — {t(`reference.tie.${tie.kind}`)}
                {"note" in tie && tie.note ? (
                  <span className="text-muted"> ({tie.note})</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <NotSet />
        )}
      </Section>

      {profile.certificates.length > 0 || profile.languages.length > 0 ? (
        <Section title={t("professionals.detail.credentials")}>
          <ul className="space-y-1">
            {profile.certificates.map((certificate, index) => (
              <li key={`c${index}`}>
                {certificate.name}
                {"issuer" in certificate && certificate.issuer ? ` (${certificate.issuer})` : null}
                {certificate.year ? ` · ${certificate.year}` : null}
              </li>
            ))}
            {profile.languages.map((language, index) => (
              <li key={`l${index}`}>
                {language.language}: {t(`professionals.languageLevel.${language.level}`)}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {full && full.links.length > 0 ? (
        <Section title={t("professionals.detail.links")}>
          <ul className="space-y-1">
            {full.links.map((link, index) => (
              <li key={index}>
                <a href={link.url} rel="noopener noreferrer nofollow" target="_blank">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Chips({ items }: { items: string[] }) {
  if (items.length === 0) return <NotSet />;
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item} className="rounded-full border border-line bg-white px-3 py-1 text-sm">
          {item}
        </li>
      ))}
    </ul>
  );
}

function NotSet() {
  const t = useT();
  return <span className="text-muted">{t("professionals.detail.notSet")}</span>;
}
