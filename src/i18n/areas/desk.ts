/**
 * Interface strings of the fact-checking desk: honest reports, public fact-check pages, settings,
 * assignment and queues, comment threads.
 */
export const en = {
  "desk.articles.awaiting": "Awaiting decision",
  "desk.articles.published": "Published",
  "desk.articles.publishedVerdicts": "Published verdicts",
  "desk.articles.barAlt": "Published verdicts: {summary}",

  "desk.report.publishedIntro": "This report lists published fact-checks only: claims an editor approved, each with its evidence.",
  "desk.report.workingIntro": "Working view: every claim, whatever its state, with the editor's decision forms.",
  "desk.report.showWorking": "Show the full working view",
  "desk.report.showPublished": "Show published fact-checks only",
  "desk.report.publicPage": "Public fact-check page",
  "desk.report.publishedCounts": "Published verdicts (approved by an editor)",
  "desk.report.publishedTotal": "Published",
  "desk.report.workCounts": "Work in progress (not published)",
  "desk.report.draftVerdicts": "…of which carry a verdict not yet approved",
  "desk.report.chartAlt": "Bar chart of published verdicts: {summary}",
  "desk.report.publishedClaims": "Published fact-checks ({count})",
  "desk.report.workingClaims": "All claims ({count})",
  "desk.report.nothingPublished": "Nothing is published yet: no claim of this article has been approved.",
  "desk.report.draftVerdict": "Draft: {verdict}",
} as const;

export const ar: Record<keyof typeof en, string> = {
  "desk.articles.awaiting": "بانتظار القرار",
  "desk.articles.published": "منشورة",
  "desk.articles.publishedVerdicts": "الأحكام المنشورة",
  "desk.articles.barAlt": "الأحكام المنشورة: {summary}",

  "desk.report.publishedIntro": "يعرض هذا التقرير التحققات المنشورة فقط: الادعاءات التي اعتمدها محرر، مع أدلة كل منها.",
  "desk.report.workingIntro": "عرض العمل: كل الادعاءات أيًّا كانت حالتها، مع نماذج قرار المحرر.",
  "desk.report.showWorking": "عرض العمل الكامل",
  "desk.report.showPublished": "عرض التحققات المنشورة فقط",
  "desk.report.publicPage": "صفحة التحقق العامة",
  "desk.report.publishedCounts": "الأحكام المنشورة (اعتمدها محرر)",
  "desk.report.publishedTotal": "المنشورة",
  "desk.report.workCounts": "عمل جارٍ (غير منشور)",
  "desk.report.draftVerdicts": "…منها ما يحمل حكمًا لم يُعتمد بعد",
  "desk.report.chartAlt": "رسم بياني لأعداد الأحكام المنشورة: {summary}",
  "desk.report.publishedClaims": "التحققات المنشورة ({count})",
  "desk.report.workingClaims": "كل الادعاءات ({count})",
  "desk.report.nothingPublished": "لم يُنشر شيء بعد: لم يُعتمد أي ادعاء من هذا المقال.",
  "desk.report.draftVerdict": "مسودة: {verdict}",
};
