import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/**
 * General Arabic constructions of news copy, one class a block, each with sentences written for these
 * tests (invented names, no sentence taken from any corpus or fixture).
 */
const claimsOf = (article: string) =>
  extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text, kind: c.kind, rule: c.rule }));

describe("a channel named between the speaker and the words (وفق بيان، بحسب صحيفة) never takes over a later «وأضاف»", () => {
  const rows: [article: string, speakers: string[]][] = [
    ["وقال رئيس الوزراء نبيل حداد، وفق بيان صادر عن مكتبه، إن الحكومة ستدعم المزارعين.\n\nوأضاف أن الدعم سيشمل الأسمدة.", ["نبيل حداد", "نبيل حداد"]],
    ["وقال الوزير عماد سالم، بحسب صحيفة الأيام، إن المشروع تأخر.\n\nوتابع: «سننجزه قبل الصيف».", ["عماد سالم", "عماد سالم"]],
    ["وقالت النائبة ريم العلي، حسب ما نقلت وكالة الأنباء الرسمية، إن الجلسة أُجلت. وأوضحت أن النصاب لم يكتمل.", ["ريم العلي", "ريم العلي"]],
    ["وقال المدير سامي الحسن، وفقا لبيان الشركة: «الأرباح تضاعفت». وأشار إلى أن الفروع الجديدة ستفتح في الربيع.", ["سامي الحسن", "سامي الحسن"]],
  ];
  it.each(rows)("%s", (article, speakers) => {
    expect(claimsOf(article).map((c) => c.speaker)).toEqual(speakers);
  });

  it("a source named after the words still speaks for the next «وأضاف» (it told the story)", () => {
    const claims = claimsOf("وقال لهم الإمام: «اصبروا على البلاء»، بحسب أحد المصلين. وأضاف: «غادرنا المسجد غاضبين».");
    expect(claims.map((c) => c.speaker)).toEqual(["الإمام", "أحد المصلين"]);
  });
});
