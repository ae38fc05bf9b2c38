import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Text,
} from "@react-email/components";
import { render } from "@react-email/components";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { emailTemplates, type EmailTemplateName } from "./templates";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders a template in the recipient's language, as HTML and as plain text. */
export async function renderEmail(
  template: EmailTemplateName,
  locale: Locale,
  rawPayload: unknown,
): Promise<RenderedEmail> {
  const spec = emailTemplates[template];
  const payload: Record<string, string> = spec.payload.parse(rawPayload);
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key, payload);
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
          <Button
            href={payload.url}
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
            {translate(locale, "email.linkFallback")} {payload.url}
          </Text>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#52606d" }}>
            {translate(locale, "email.footer")}
          </Text>
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
  return { subject, html, text };
}
