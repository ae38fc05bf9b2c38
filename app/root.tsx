import {
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { isDevMailboxPublic } from "~/lib/env.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { defaultLocale, isLocale } from "~/lib/i18n/locales";
import { useT } from "~/lib/i18n/react";
import { translate } from "~/lib/i18n/translate";
import { useNonce } from "~/lib/nonce";
import { readToast } from "~/lib/toast.server";
import { getOptionalUser } from "~/modules/auth/guards.server";
import { MessageStreamProvider } from "~/modules/messaging/use-message-stream";
import { countUnreadMessages, latestThreadEventId } from "~/modules/messaging/views.server";
import { countUnreadNotifications } from "~/modules/notifications/in-app/notifications.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SiteHeader } from "~/ui/site-header";
import { Toaster } from "~/ui/toaster";
import stylesheet from "~/styles/tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = isLocale(data?.locale) ? data.locale : defaultLocale;
  return [
    { title: translate(locale, "app.title") },
    { name: "description", content: translate(locale, "app.description") },
  ];
};

// Public: the shell (header, language, toasts) is for everyone; pages check their own rules.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request, context);
  const locale = await resolveLocale(request, user);
  const { toast, clearCookie } = await readToast(request);
  const [unreadNotifications, unreadMessages, messageCursor] = user
    ? await Promise.all([
        countUnreadNotifications(user.id),
        countUnreadMessages(user.id),
        latestThreadEventId(),
      ])
    : [0, 0, 0];
  return data(
    {
      locale,
      user: user ? { name: user.name, role: user.role, unreadNotifications, unreadMessages } : null,
      messageCursor,
      toast,
      devMailboxPublic: isDevMailboxPublic(),
    },
    clearCookie ? { headers: { "Set-Cookie": clearCookie } } : undefined,
  );
}

// The bell's and the messages' counts are read here: also refresh them when moving to another page, not only
// after a form was sent (Remix's default), so news shows up while browsing.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) => defaultShouldRevalidate || currentUrl.pathname !== nextUrl.pathname;

function Document({ children, lang }: { children: ReactNode; lang: string }) {
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const rootData = useRouteLoaderData<typeof loader>("root");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t("nav.skipToContent")}
      </a>
      {rootData?.devMailboxPublic ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-950">
          {t("devMailbox.banner")}{" "}
          <a href="/dev/mailbox" className="font-semibold text-amber-950">
            {t("nav.devMailbox")}
          </a>
        </p>
      ) : null}
      <MessageStreamProvider
        signedIn={Boolean(rootData?.user)}
        unread={rootData?.user?.unreadMessages ?? 0}
        cursor={rootData?.messageCursor ?? 0}
      >
        <SiteHeader
          user={rootData?.user ?? null}
          devMailbox={rootData?.devMailboxPublic ?? false}
        />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
      </MessageStreamProvider>
      <footer className="border-t border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-6 text-sm text-muted">
          <span>© Enishi</span>
          <a href="/terms">{t("footer.terms")}</a>
          <a href="/privacy">{t("footer.privacy")}</a>
        </div>
      </footer>
    </>
  );
}

export default function App() {
  const { locale, toast } = useLoaderData<typeof loader>();
  return (
    <Document lang={locale}>
      <Shell>
        <Outlet />
      </Shell>
      <Toaster toast={toast} />
    </Document>
  );
}

export function ErrorBoundary() {
  const rootData = useRouteLoaderData<typeof loader>("root");
  return (
    <Document lang={rootData?.locale ?? defaultLocale}>
      <Shell>
        <GeneralErrorBoundary />
      </Shell>
    </Document>
  );
}
