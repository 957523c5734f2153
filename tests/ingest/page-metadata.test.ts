import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { calendarDate, readPageMetadata } from "../../src/ingest/page-metadata.ts";
import { readArticle } from "../../src/ingest/read-article.ts";

const metadataOf = (head: string, htmlAttributes = "", url?: string) =>
  readPageMetadata(parseHTML(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document, url);

describe("readPageMetadata", () => {
  it("reads a NewsArticle from JSON-LD, inside an @graph", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Site" },
        {
          "@type": "NewsArticle",
          headline: "عنوان الخبر",
          datePublished: "2024-03-05T22:10:00+03:00",
          author: [{ "@type": "Person", name: "سلمى" }, { name: "هند" }],
          publisher: { name: "الجزيرة" },
        },
      ],
    };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, 'lang="ar" dir="rtl"')).toEqual({
      title: "عنوان الخبر",
      byline: "سلمى, هند",
      siteName: "الجزيرة",
      published: "2024-03-05T22:10:00+03:00",
      lang: "ar",
    });
  });

  it("skips malformed JSON-LD and falls back to Open Graph and article:published_time", () => {
    const head =
      '<script type="application/ld+json">{not json</script><meta property="og:title" content="OG title"><meta property="og:site_name" content="Daily"><meta property="article:published_time" content="2023-01-02T03:04:05Z">';
    expect(metadataOf(head)).toEqual({ title: "OG title", siteName: "Daily", published: "2023-01-02T03:04:05Z" });
  });

  it("resolves a relative canonical link against the page address, and ignores a non-web one", () => {
    expect(metadataOf('<link rel="canonical" href="/news/1">', "", "https://news.example/amp/1").canonicalUrl).toBe("https://news.example/news/1");
    expect(metadataOf('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBeUndefined();
  });

  it("takes the language from og:locale when <html> has none", () => {
    expect(metadataOf('<meta property="og:locale" content="ar_AR">').lang).toBe("ar-AR");
  });
});

describe("calendarDate", () => {
  const rows: Array<[string | undefined, string | undefined]> = [
    ["2015-07-24T05:36:09+01:00", "2015-07-24"], // the date where it was published, not UTC's 04:36
    ["2024-03-05T22:10:00-05:00", "2024-03-05"],
    ["2019-04-28 06:01:07", "2019-04-28"],
    ["Fri, 24 Jul 2015 04:36:09 GMT", "2015-07-24"],
    ["2023-02-30", undefined],
    ["yesterday", undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of rows) it(`${input} → ${expected}`, () => expect(calendarDate(input)).toBe(expected));
});

describe("readArticle on a right-to-left page", () => {
  it("reads an Arabic article marked up dir=rtl with its JSON-LD date and <html lang>", () => {
    const body = [
      "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.",
      "وأضاف في مؤتمر صحفي أن الوفدين اتفقا على جدول الأعمال وأن اللجان الفنية ستجتمع قبل ذلك.",
      "وأكد المتحدث باسم الوزارة أن البيان الختامي سينشر بعد انتهاء الجولة.",
    ];
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "استئناف المحادثات", datePublished: "2024-11-02T09:00:00+03:00" });
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>استئناف المحادثات | الموقع</title><script type="application/ld+json">${ld}</script></head><body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav><article dir="rtl"><h1>استئناف المحادثات</h1>${body.map((p) => `<p>${p}</p>`).join("")}</article><aside class="related"><a href="/x">أخبار ذات صلة: مباراة الأمس</a></aside></body></html>`;
    const article = readArticle(html);
    expect(article).toMatchObject({ title: "استئناف المحادثات", publishedAt: "2024-11-02", lang: "ar" });
    for (const p of body) expect(article!.paragraphs).toContain(p);
    expect(article!.text).not.toContain("الرئيسية");
    expect(article!.text).not.toContain("أخبار ذات صلة");
  });
});
