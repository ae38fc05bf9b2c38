import { describe, expect, it } from "vitest";
import { locales } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { renderEmail } from "./render.server";
import {
  emailTemplates,
  isEmailTemplateName,
  type EmailListItem,
  type EmailTemplateName,
} from "./templates";

const url = "https://enishi.example.jp/verify-email?token=abcdefghijklmnopqrstuvwxyz234567";
const unsubscribeUrl = "https://enishi.example.jp/unsubscribe/abcdefghijklmnopqrstuvwxyz234567";
const samplePayloads: { [T in EmailTemplateName]: Record<string, string | EmailListItem[]> } = {
  "verify-email": { name: "山田 花子", url },
  "account-exists": { name: "山田 花子", url },
  "reset-password": { name: "山田 花子", url },
  "change-email": { name: "山田 花子", url, newEmail: "new@example.jp" },
  "email-changed": { name: "山田 花子", url, newEmail: "new@example.jp" },
  "password-changed": { name: "山田 花子", url },
  invite: { name: "山田 花子", url, role: "COORDINATOR" },
  "company-invite": { companyName: "信州精密工業株式会社", inviterName: "丸山 浩二", url },
  "saved-search-digest": {
    name: "長野県・DX",
    count: "2",
    frequency: "毎日",
    url,
    items: [
      {
        title: "基幹システム刷新のPM",
        url: "https://enishi.example.jp/challenges/c1",
        detail: "長野県",
      },
      { title: "EC立ち上げ", url: "https://enishi.example.jp/challenges/c2" },
    ],
    itemsMore: "",
    unsubscribeUrl,
    listUnsubscribeUrl: `${unsubscribeUrl}/one-click`,
  },
  notification: {
    kind: "match.applied",
    message: "「基幹システム刷新のPM」に佐藤 健太から応募がありました",
    url,
    settingsUrl: "https://enishi.example.jp/settings/notifications",
  },
  "thread-unread": {
    challengeTitle: "基幹システム刷新のPM",
    senders: "佐藤 健太",
    count: "2",
    excerpt: "来週の打ち合わせは水曜でいかがでしょうか。",
    url,
  },
};
/** The payload's text fields, which fill the messages' {vars}. */
const varsOf = (payload: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(payload).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
const templateNames = Object.keys(emailTemplates) as EmailTemplateName[];
const unescapeHtml = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const cases = templateNames.flatMap((template) =>
  locales.map((locale) => [template, locale] as const),
);

describe("renderEmail", () => {
  it("has a sample payload for every template", () => {
    expect(Object.keys(samplePayloads).sort()).toEqual([...templateNames].sort());
  });

  it.each(cases)(
    "%s in %s: translated subject, link in HTML and in plain text",
    async (template, locale) => {
      const spec = emailTemplates[template];
      const payload = varsOf(samplePayloads[template]);
      const email = await renderEmail(template, locale, samplePayloads[template]);

      expect(email.subject).toBe(translate(locale, spec.subject, payload));
      expect(email.html).toMatch(new RegExp(`<html [^>]*lang="${locale}"`));
      expect(email.html).toContain(`href="${url}"`);
      const html = unescapeHtml(email.html);
      expect(html).toContain(translate(locale, spec.action));
      expect(html).toContain(translate(locale, spec.heading, payload));
      for (const paragraph of spec.paragraphs)
        expect(html).toContain(translate(locale, paragraph, payload));

      expect(email.text).toContain(url);
      // Plain text is word-wrapped, so compare with whitespace collapsed.
      const collapse = (text: string) => text.replace(/\s+/g, " ");
      expect(collapse(email.text)).toContain(
        collapse(translate(locale, spec.paragraphs[0]!, payload)),
      );
      expect(email.text).not.toMatch(/<\/?[a-z][^>]*>/i);

      for (const part of [email.subject, email.html, email.text])
        expect(part).not.toMatch(/\{\w+\}/);
    },
  );

  it("writes Japanese and English differently", async () => {
    const [ja, en] = await Promise.all(
      locales.map((locale) =>
        renderEmail("reset-password", locale, samplePayloads["reset-password"]),
      ),
    );
    expect(ja!.subject).not.toBe(en!.subject);
    expect(en!.text).toContain("Reset password");
  });

  it("escapes names in the HTML", async () => {
    const email = await renderEmail("verify-email", "en", {
      name: '<img src=x onerror="alert(1)">',
      url,
    });
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("&lt;img src=x");
  });

  it("refuses a payload that does not fit the template", async () => {
    await expect(renderEmail("verify-email", "ja", { name: "x" })).rejects.toThrow();
    await expect(
      renderEmail("verify-email", "ja", { name: "x", url: "javascript:alert(1)" }),
    ).rejects.toThrow();
  });
});

describe("saved-search digest", () => {
  it("lists the matches as links and carries RFC 8058 one-click unsubscribe headers", async () => {
    const email = await renderEmail(
      "saved-search-digest",
      "ja",
      samplePayloads["saved-search-digest"],
    );
    expect(email.html).toContain('href="https://enishi.example.jp/challenges/c1"');
    expect(email.html).toContain("基幹システム刷新のPM");
    expect(email.html).toContain(`href="${unsubscribeUrl}"`);
    expect(email.text).toContain(unsubscribeUrl);
    expect(email.headers).toEqual({
      "List-Unsubscribe": `<${unsubscribeUrl}/one-click>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("adds no headers to mail nobody subscribed to", async () => {
    const email = await renderEmail("verify-email", "ja", samplePayloads["verify-email"]);
    expect(email.headers).toBeUndefined();
  });
});

describe("isEmailTemplateName", () => {
  it("knows only the declared templates", () => {
    expect(isEmailTemplateName("invite")).toBe(true);
    expect(isEmailTemplateName("toString")).toBe(false);
    expect(isEmailTemplateName("nope")).toBe(false);
  });
});
