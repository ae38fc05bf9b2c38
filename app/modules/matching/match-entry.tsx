import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { matchEntryFor } from "./targets.server";

type Entry = Awaited<ReturnType<typeof matchEntryFor>>;

/** The challenge page's box for applying, or for seeing applicants and candidates. */
export function MatchEntry({ entry, challengeId }: { entry: Entry; challengeId: string }) {
  const t = useT();
  if (!entry) return null;
  return (
    <section className="card space-y-3" aria-labelledby="match-entry-heading">
      <h2 id="match-entry-heading" className="text-lg font-semibold">
        {t("matches.title")}
      </h2>
      {entry.kind === "login" ? (
        <Link
          to={`/login?${new URLSearchParams({ redirectTo: `/challenges/${challengeId}/apply` })}`}
          className="btn-primary inline-block"
        >
          {t("matches.apply.cta")}
        </Link>
      ) : null}
      {entry.kind === "apply" ? (
        <div className="flex flex-col gap-2">
          <Link to={`/challenges/${challengeId}/apply`} className="btn-primary text-center">
            {t("matches.apply.cta")}
          </Link>
          <Link
            to={`/challenges/${challengeId}/apply?kind=casual`}
            className="btn-secondary text-center"
          >
            {t("matches.apply.casualCta")}
          </Link>
          <p className="text-sm text-muted">{t("matches.apply.kind.CASUAL_TALK.hint")}</p>
        </div>
      ) : null}
      {entry.kind === "existing" ? (
        <p>
          {t("matches.apply.exists")}{" "}
          <Link to={`/matches/${entry.matchId}`}>{t("matches.open")}</Link>
        </p>
      ) : null}
      {entry.kind === "manage" ? (
        <p className="flex flex-col gap-2">
          <Link to={`/challenges/${challengeId}/applicants`}>{t("matches.applicants.link")}</Link>
          <Link to={`/challenges/${challengeId}/candidates`}>
            {t("matches.applicants.candidates")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
