import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { linkify } from "~/ui/linkify";
import type { MatchDetailData } from "./match-view";

/** Who is in the match, shown as far as staged disclosure allows, and the opening message. */
export function MatchParties({ match }: { match: MatchDetailData }) {
  const t = useT();
  const professional = match.professional;
  return (
    <section aria-labelledby="parties-heading" className="card grid gap-6 md:grid-cols-2">
      <h2 id="parties-heading" className="sr-only">
        {t("matches.detail.professional")} / {t("matches.detail.company")}
      </h2>
      <div className="space-y-1">
        <h3 className="font-semibold text-muted">{t("matches.detail.professional")}</h3>
        <p className="text-lg font-semibold" data-testid="professional-name">
          {professional.disclosure === "anonymous" ? professional.summary : professional.name}
        </p>
        {professional.headline ? <p>{professional.headline}</p> : null}
        {professional.disclosure === "contact" && match.side !== "professional" ? (
          <p>
            {t("matches.detail.contact")}:{" "}
            <a href={`mailto:${professional.email}`}>{professional.email}</a>
          </p>
        ) : null}
        {professional.disclosure === "anonymous" ? (
          <p className="text-sm text-muted">{t("matches.detail.anonymous")}</p>
        ) : null}
        {!match.professionalAccepted ? (
          <p className="text-sm font-semibold">{t("matches.detail.waitingProfessional")}</p>
        ) : null}
        {match.side !== "professional" ? (
          <Link to={`/pros/${professional.profileId}`}>{t("matches.detail.viewProfile")}</Link>
        ) : null}
      </div>
      <div className="space-y-1">
        <h3 className="font-semibold text-muted">{t("matches.detail.company")}</h3>
        <p className="text-lg font-semibold">
          <Link to={`/companies/${match.challenge.companyId}`}>{match.challenge.companyName}</Link>
        </p>
        {match.companyContacts.length > 0 ? (
          <div>
            <p className="text-sm font-semibold">{t("matches.detail.companyContacts")}</p>
            <ul>
              {match.companyContacts.map((contact) => (
                <li key={contact.email}>
                  {contact.name} · <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {!match.companyAccepted ? (
          <p className="text-sm font-semibold">{t("matches.detail.waitingCompany")}</p>
        ) : null}
      </div>
      <dl className="space-y-2 md:col-span-2">
        <div>
          <dt className="text-sm font-semibold text-muted">{t("matches.detail.source")}</dt>
          <dd>
            {t(`matches.source.${match.source}`)}
            {match.introducedBy
              ? ` · ${t("matches.detail.introducedBy")}: ${match.introducedBy}`
              : null}
          </dd>
        </div>
        {match.message ? (
          <div>
            <dt className="text-sm font-semibold text-muted">{t("matches.detail.message")}</dt>
            <dd className="whitespace-pre-wrap break-words">{linkify(match.message)}</dd>
          </div>
        ) : null}
        {match.availabilityConfirmed ? (
          <div>
            <dt className="sr-only">{t("matches.detail.availabilityConfirmed")}</dt>
            <dd className="text-sm text-success">✓ {t("matches.detail.availabilityConfirmed")}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
