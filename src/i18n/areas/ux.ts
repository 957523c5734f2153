/** Interface strings of the usability and accessibility work (issue 13), spread into en.ts and ar.ts. */
export const en = {
  "errors.nulInText": "The text holds a NUL character (U+0000), so it is not plain text. Save it as a UTF-8 text file and try again.",
  "ux.field.occurrence": "Occurrence",
  "ux.field.comment": "Comment",
  "ux.field.decision": "Decision",
  "ux.field.file": "File",
  "errors.duplicateClaim": "These words are already a claim, by {speaker}. Review that claim instead of adding it again.",
  "ux.add.openExisting": "Open the existing claim by {speaker}",
  "ux.add.useSelection": "Add the selected words as a missed claim",
  "ux.skipToContent": "Skip to content",
  "ux.jumps.label": "On this page",
} as const;

export const ar: Record<keyof typeof en, string> = {
  "errors.nulInText": "في النص محرف فارغ (U+0000)، فهو ليس نصًا عاديًا. احفظه ملفًا نصيًا بترميز UTF-8 وأعد المحاولة.",
  "ux.field.occurrence": "الموضع",
  "ux.field.comment": "التعليق",
  "ux.field.decision": "القرار",
  "ux.field.file": "الملف",
  "errors.duplicateClaim": "هذه الكلمات تصريح موجود، قائله {speaker}. راجع ذلك التصريح بدل إضافته مرة أخرى.",
  "ux.add.openExisting": "افتح التصريح الموجود (القائل: {speaker})",
  "ux.add.useSelection": "أضف الكلمات المحددة تصريحًا فات المستخرِج",
  "ux.skipToContent": "تخطَّ إلى المحتوى",
  "ux.jumps.label": "في هذه الصفحة",
};
