import { describe, expect, it } from "vitest";
import { layOut } from "../../src/core/text/layout.ts";
import { findQuotes } from "../../src/core/text/quotes.ts";

/** The quoted passages of each paragraph, as the text between the marks. */
function quoted(text: string): string[][] {
  return [...layOut(text)].map((p) => p.quotes.map((q) => text.slice(q.contentStart, q.contentEnd)));
}

describe("findQuotes: pairing marks on real text", () => {
  it.each([
    ["guillemets", "قال: «سنعود غدا» ثم غادر.", [["سنعود غدا"]]],
    ["straight marks", 'قال: "سنعود غدا" ثم غادر.', [["سنعود غدا"]]],
    ["curly marks in English order", "He said: “We will be back” and left.", [["We will be back"]]],
    ["curly marks inverted by right-to-left typing", "قال: ”سنعود غدا“ ثم غادر.", [["سنعود غدا"]]],
    ["»…» used as both marks", "قال: »سنعود غدا» ثم غادر.", [["سنعود غدا"]]],
    ["»…« fully inverted guillemets", "قال: »سنعود غدا« ثم غادر.", [["سنعود غدا"]]],
    ["straight marks with spaces inside", 'وأكد أنه قرر " ملاحقة النائب قضائيا ".', [[" ملاحقة النائب قضائيا "]]],
    ["a straight quote nested in guillemets", 'قالت: «سمعته يقول "لا" ثم صمت».', [['سمعته يقول "لا" ثم صمت']]],
    ["two quotes in one sentence", 'وصف القرار بـ"المتسرع" و"الخطير".', [["المتسرع", "الخطير"]]],
    ["mixed families side by side", "قال «نعم» وقالت “لا” أمس.", [["نعم", "لا"]]],
  ])("pairs %s", (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it("an unclosed quote ends at its first sentence stop instead of swallowing the paragraph", () => {
    const text = 'وأوضح "أن الأسعار سترتفع. ولاحظ المدير أن الطلب ضعيف. وقال الوزير إن الخطة جاهزة.';
    expect(quoted(text)).toEqual([["أن الأسعار سترتفع"]]);
  });

  it("an unclosed straight quote is ended by a new opening mark after a sentence stop", () => {
    const text = 'وأوضح "أن الأسعار سترتفع. ولاحظ المدير أن الطلب ضعيف، "إذ يفضل الناس الاستيراد" حسب المصدر.';
    expect(quoted(text)).toEqual([["أن الأسعار سترتفع", "إذ يفضل الناس الاستيراد"]]);
  });

  it("an English quote left open ends at its sentence when the next paragraph does not continue it", () => {
    const text = `"We are not leaving. The chairman said so.\n\nThe board met on Monday.`;
    expect(quoted(text)).toEqual([["We are not leaving"], []]);
  });

  it("a quote left open runs to its paragraph end when the next paragraph opens with a mark", () => {
    const text = `He said: "We are not leaving. Not this year.\n\n"We will stay," he added.`;
    expect(quoted(text)).toEqual([["We are not leaving. Not this year."], ["We will stay,"]]);
  });

  it("never runs past its paragraph", () => {
    const text = "قال: «سنعود غدا\n\nوأعلنت الوزارة أن الطريق مغلق.";
    expect(quoted(text)[1]).toEqual([]);
  });

  it("a lone closing mark opens nothing", () => {
    expect(quoted("انتهى الاجتماع» دون اتفاق.")).toEqual([[]]);
  });
});

describe("findQuotes: odd input stays linear", () => {
  it("20,000 unclosed opening marks keep the open-quote stack small and give one span", () => {
    const text = "«كلمة ".repeat(20000);
    const spans = findQuotes(text, 0, text.length);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.closed).toBe(false);
  });

  it("a 100,000-word quotation is one span", () => {
    const text = `قال: «${"كلمة ".repeat(100000)}».`;
    const spans = findQuotes(text, 0, text.length);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.contentEnd).toBe(text.length - 2);
  });

  it("one unclosed straight mark per sentence, 10,000 times, gives one span per sentence", () => {
    const text = 'قال "نعم. '.repeat(10000);
    expect(findQuotes(text, 0, text.length)).toHaveLength(10000);
  });
});
