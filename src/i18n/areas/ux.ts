/** Interface strings of the usability and accessibility work (issue 13), spread into en.ts and ar.ts. */
export const en = {
  "errors.nulInText": "The text holds a NUL character (U+0000), so it is not plain text. Save it as a UTF-8 text file and try again.",
  "ux.field.occurrence": "Occurrence",
  "ux.field.comment": "Comment",
  "ux.field.decision": "Decision",
  "ux.field.file": "File",
} as const;

export const ar: Record<keyof typeof en, string> = {
  "errors.nulInText": "في النص محرف فارغ (U+0000)، فهو ليس نصًا عاديًا. احفظه ملفًا نصيًا بترميز UTF-8 وأعد المحاولة.",
  "ux.field.occurrence": "الموضع",
  "ux.field.comment": "التعليق",
  "ux.field.decision": "القرار",
  "ux.field.file": "الملف",
};
