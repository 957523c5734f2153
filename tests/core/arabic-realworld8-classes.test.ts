import { describe, expect, it } from "vitest";
import { arabicClaimsOf, expectLastClaim, type LastClaimRow } from "../helpers/arabic-last-claim.ts";

/**
 * Capability classes found missing on the eighth blind Arabic set (twelve outlets), built as general
 * rules. Every sentence here was written for these tests; none is copied from an article.
 */
describe('a quoted personal name, then its title in apposition, is the subject (قال "فلان" المتحدث باسم…)', () => {
  it.each<LastClaimRow>([
    ['قال "سامي خليل" المتحدث باسم الشركة إن الأسعار سترتفع.', "سامي خليل", "indirect", "الأسعار سترتفع", "ar.verb.vso.that"],
    ['وأكد "منى سالم" المديرة العامة للمستشفى أن الأدوية نفدت.', "منى سالم", "indirect", "الأدوية نفدت", "ar.verb.vso.that"],
    ['وأوضح "كريم العلي" الناطق الرسمي باسم البلدية أن الطريق سيفتح غدا.', "كريم العلي", "indirect", "الطريق سيفتح غدا", "ar.verb.vso.that"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([['قرأ "سامي خليل" المتحدث باسم الشركة البيان أمام الصحفيين.'], ['قال "سامي خليل" الكثير عن الأسعار في الأسواق.']])(
    "'%s': no reporting verb with a report, or no title after the name, gives no claim",
    (article) => {
      expect(arabicClaimsOf(article)).toEqual([]);
    },
  );
});

describe("أتم «concluded» before a colon or a quotation reports (lexicon, like ختم)", () => {
  it.each<LastClaimRow>([
    ["وقال الوزير إن الوضع مستقر. وأتم: «سنواصل دعم الفرق».", "الوزير", "direct", "سنواصل دعم الفرق", "ar.verb.implicit.colon"],
    ["وأكدت الهيئة أن الامتحانات منتظمة. وأتمت: «لا تأجيل لأي امتحان».", "الهيئة", "direct", "لا تأجيل لأي امتحان", "ar.verb.implicit.colon"],
    ["وأتم الوزير: «لن نتراجع عن القرار».", "الوزير", "direct", "لن نتراجع عن القرار", "ar.verb.vso.colon"],
  ])("%s", (...row) => expectLastClaim(row));

  it.each([["وأتمت الشركة المشروع في موعده."], ["الفرق على أتم الاستعداد لمواجهة الأمطار."], ["ويتم توزيع المساعدات على الأسر كل أسبوع."]])(
    "'%s': «completed» and the passive يتم report nothing",
    (article) => {
      expect(arabicClaimsOf(article)).toEqual([]);
    },
  );
});
