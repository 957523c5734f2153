import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";

/**
 * Capabilities found missing on unseen Saudi-press articles (issue 7), as general rules. Every sentence
 * here was written for these tests; none is copied from an article.
 */
const claimsOf = (article: string) =>
  extractClaims(article, { language: "ar" }).map((c) => ({ speaker: c.speaker, cue: c.cue.text, text: c.text, kind: c.kind, rule: c.rule }));

/** [article, speaker of every claim in order] */
type SpeakersRow = [article: string, speakers: string[]];

describe("an unnamed source described by a prepositional phrase (مصدر قريب من…)", () => {
  const rows: [article: string, speaker: string, content: string][] = [
    ["وقال مصدر قريب من الحكومة إن الاجتماع تأجل إلى الأسبوع المقبل.", "مصدر قريب من الحكومة", "الاجتماع تأجل إلى الأسبوع المقبل"],
    ["وقال مسؤول قريب من الرئاسة لوكالة رويترز إن الوفد سيصل غدا.", "مسؤول قريب من الرئاسة", "الوفد سيصل غدا"],
    ["وذكرت مصادر قريبة من رئيس الوزراء أن التعديل الوزاري بات وشيكا.", "مصادر قريبة من رئيس الوزراء", "التعديل الوزاري بات وشيكا"],
    ["وأكد مصدر عسكري قريب من قيادة الجيش أن القوات انسحبت من البلدة.", "مصدر عسكري قريب من قيادة الجيش", "القوات انسحبت من البلدة"],
    ["وقال مصدر مطلع على سير المفاوضات إن الطرفين اتفقا على هدنة.", "مصدر مطلع على سير المفاوضات", "الطرفين اتفقا على هدنة"],
  ];
  it.each(rows)("%s", (article, speaker, content) => {
    const [first] = claimsOf(article);
    expect(first?.speaker).toBe(speaker);
    expect(first?.text).toBe(content);
  });

  it("the source named again as «المصدر» is the same source", () => {
    const claims = claimsOf(
      "وقال مصدر قريب من أسرة اللاعب إن العملية نجحت. وأضاف المصدر أن اللاعب سيغادر المستشفى قريبا. وأشار المصدر إلى أن العودة للملاعب تحتاج شهرين.",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["مصدر قريب من أسرة اللاعب", "مصدر قريب من أسرة اللاعب", "مصدر قريب من أسرة اللاعب"]);
  });
});
