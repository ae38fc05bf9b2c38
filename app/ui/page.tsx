import type { ReactNode } from "react";

/** A page's title block; the h1 is what the skip link and screen readers land on. */
export function PageHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold md:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 text-muted">{lead}</p> : null}
    </div>
  );
}

/** A narrow centred column for account forms. */
export function FormPage({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-md">{children}</div>;
}
