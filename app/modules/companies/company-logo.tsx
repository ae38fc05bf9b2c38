import { useT } from "~/lib/i18n/react";

/**
 * A company's logo (served by /companies/:id/logo; `?v=` changes with the picture so a
 * new one is never hidden by the cache), or its initial when it has none.
 */
export function CompanyLogo({
  company,
  size = "md",
}: {
  company: { id: string; name: string; logoId: string | null };
  size?: "sm" | "md" | "lg";
}) {
  const t = useT();
  const box = { sm: "size-12 text-lg", md: "size-20 text-2xl", lg: "size-28 text-4xl" }[size];
  if (company.logoId) {
    return (
      <img
        src={`/companies/${company.id}/logo?v=${company.logoId}`}
        alt={t("companies.logo.alt", { name: company.name })}
        className={`${box} shrink-0 rounded-md border border-line bg-white object-contain`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${box} flex shrink-0 items-center justify-center rounded-md bg-accent-soft font-bold text-accent-strong`}
    >
      {Array.from(company.name)[0] ?? "?"}
    </span>
  );
}
