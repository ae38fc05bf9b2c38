import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Text,
} from "@react-email/components";
import { render } from "@react-email/components";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { emailTemplates, type EmailListItem, type EmailTemplateName } from "./templates";

export type RenderedEmail = {
  subject: string;
  html: string;
  text: string;
  /** extra mail headers (List-Unsubscribe for mail people subscribed to) */
  headers?: Record<string, string>;
};

/** Renders a template in the recipient's language, as HTML and as plain text. */
export async function renderEmail(
  template: EmailTemplateName,
  locale: Locale,
  rawPayload: unknown,
): Promise<RenderedEmail> {
  const spec: (typeof emailTemplates)[EmailTemplateName] = emailTemplates[template];
  const payload: Record<string, string | EmailListItem[]> = spec.payload.parse(rawPayload);
  const vars = Object.fromEntries(
    Object.entries(payload).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key, vars);
  const url = vars.url!;
  const items = Array.isArray(payload.items) ? payload.items : [];
  const unsubscribe = "unsubscribe" in spec ? spec.unsubscribe : undefined;
  const unsubscribeUrl = unsubscribe ? vars.unsubscribeUrl : undefined;
  const listUnsubscribeUrl = unsubscribe ? (vars.listUnsubscribeUrl ?? unsubscribeUrl) : undefined;
  const subject = t(spec.subject);
  const element = (
    <Html lang={locale}>
      <Head />
      <Preview>{subject}</Preview>
      <Body style={{ backgroundColor: "#f6f5f2", fontFamily: "sans-serif", color: "#1f2933" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "32px", maxWidth: "560px" }}>
          <Text style={{ fontSize: "14px", color: "#8a3b12", fontWeight: 700 }}>
            {translate(locale, "app.name")}
          </Text>
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {t(spec.heading)}
          </Heading>
          {spec.paragraphs.map((key) => (
            <Text key={key} style={{ fontSize: "15px", lineHeight: "1.7" }}>
              {t(key)}
            </Text>
          ))}
          {items.length > 0 ? (
            <ul style={{ paddingLeft: "20px" }}>
              {items.map((item) => (
                <li key={item.url} style={{ marginBottom: "10px", fontSize: "15px" }}>
                  <Link href={item.url} style={{ color: "#8a3b12", fontWeight: 700 }}>
                    {item.title}
                  </Link>
                  {item.detail ? (
                    <Text style={{ margin: "2px 0 0", fontSize: "13px", color: "#52606d" }}>
                      {item.detail}
                    </Text>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {vars.itemsMore ? <Text style={{ fontSize: "14px" }}>{vars.itemsMore}</Text> : null}
          <Button
            href={url}
            style={{
              backgroundColor: "#8a3b12",
              color: "#ffffff",
              padding: "12px 20px",
              borderRadius: "6px",
              fontWeight: 700,
            }}
          >
            {t(spec.action)}
          </Button>
          <Text style={{ fontSize: "13px", color: "#52606d" }}>
            {translate(locale, "email.linkFallback")} {url}
          </Text>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#52606d" }}>
            {translate(locale, "email.footer")}
          </Text>
          {unsubscribe && unsubscribeUrl ? (
            <Text style={{ fontSize: "12px", color: "#52606d" }}>
              {t(unsubscribe.note)} <Link href={unsubscribeUrl}>{t(unsubscribe.link)}</Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
  const [html, text] = await Promise.all([
    render(element),
    render(element, {
      plainText: true,
      // Keep headings as written: upper-casing means nothing in Japanese and shouts in English.
      htmlToTextOptions: {
        selectors: [{ selector: "h1", options: { uppercase: false } }],
      },
    }),
  ]);
  // RFC 8058: mail clients show their own "unsubscribe" and POST to the link in one click.
  const headers = listUnsubscribeUrl
    ? {
        "List-Unsubscribe": `<${listUnsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }
    : undefined;
  return { subject, html, text, ...(headers ? { headers } : {}) };
}
