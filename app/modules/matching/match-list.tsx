import { Link } from "@remix-run/react";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { StageBadge } from "./match-view";
import type { listMatches } from "./views.server";

type Item = Awaited<ReturnType<typeof listMatches>>["items"][number];

type RowParts = {
  id: string;
  source: Item["source"];
  stage: Item["stage"];
  lastActivityAt: Date;
  awaitsMe: boolean;
  professional: Item["professional"];
};

/** What one match says in a list: who, how it started, when it last moved, its stage. */
export function MatchRowHeader({
  item,
  title,
  subtitle,
  level = 2,
}: {
  item: RowParts;
  title: string;
  subtitle: string | null;
  level?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0 space-y-1">
        <Heading className="font-semibold">
          <Link to={`/matches/${item.id}`}>{title}</Link>
        </Heading>
        {subtitle ? <p className="text-sm text-muted">{subtitle}</p> : null}
        <p className="text-sm text-muted">
          {t(`matches.source.${item.source}`)} ·{" "}
          {t("matches.lastActivity", { date: formatDate(locale, item.lastActivityAt) })}
        </p>
      </div>
      <div className="flex flex-col items-end gap-2">
        <StageBadge stage={item.stage} />
        {item.awaitsMe ? (
          <span className="text-sm font-semibold text-accent-strong">{t("matches.awaitsYou")}</span>
        ) : null}
      </div>
    </div>
  );
}

/** The professional as the viewer may see them: a name, or the anonymous summary. */
export function professionalLabel(professional: Item["professional"]) {
  return professional.disclosure === "anonymous" ? professional.summary : professional.name;
}

/** One row per match: the challenge, the other party as the viewer may see them, stage and activity. */
export function MatchList({ items }: { items: Item[] }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="card">
          <MatchRowHeader
            item={item}
            title={item.challenge.title}
            subtitle={`${item.challenge.companyName} · ${professionalLabel(item.professional)}`}
          />
        </li>
      ))}
    </ul>
  );
}
