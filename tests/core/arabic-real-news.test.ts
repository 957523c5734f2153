import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

const claimsOf = (article: string) => extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, text: c.text, rule: c.rule }));

/** [article, speaker, opening of the content] — the article's last claim, by capability. */
type Row = [article: string, speaker: string, content: string];

/**
 * Habits of Arab outlets beyond the development articles (Gulf, Egyptian, Levantine and Maghrebi wire
 * styles), each row a sentence written for this test. The speaker must be the name (or source phrase)
 * exactly, so a title or an adverb left in it fails.
 */
function expectLastClaim([article, speaker, content]: Row): void {
  const last = claimsOf(article).at(-1);
  expect(last?.speaker).toBe(speaker);
  expect(last?.text.startsWith(content), `content: ${last?.text}`).toBe(true);
}

describe("Arabic abbreviated titles do not end the sentence (sentences written for these tests)", () => {
  it.each<Row>([
    ["وقال د. أحمد الشامي إن البحث العلمي طريق التقدم.", "أحمد الشامي", "البحث العلمي طريق التقدم"],
    ["وأكد م. خالد العتيبي أن المشروع يسير وفق الجدول.", "خالد العتيبي", "المشروع يسير وفق الجدول"],
    ["وقال الخبير الاقتصادي د. محمد العمري إن التضخم تحت السيطرة.", "محمد العمري", "التضخم تحت السيطرة"],
    ["وقال أ.د. سالم الشهري إن البحث مستمر.", "سالم الشهري", "البحث مستمر"],
    ["وقال رئيس الجامعة أ. د. خالد المحمد إن التسجيل مفتوح.", "خالد المحمد", "التسجيل مفتوح"],
    ["وقال ر.م.ع الشركة محمد الطرابلسي إن الأرباح ارتفعت.", "محمد الطرابلسي", "الأرباح ارتفعت"],
  ])("%s", (...row) => expectLastClaim(row));

  it("a year's era letter fused to the number still ends the sentence", () => {
    const claims = claimsOf("افتتح المعرض عام 2024م. وقال المدير إن الزوار كثيرون.");
    expect(claims.map((c) => c.text)).toEqual(["الزوار كثيرون"]);
  });
});
