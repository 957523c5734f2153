/** Interface strings of the store: saves refused by the disk, damaged documents, read-only mode. */
export const en = {
  "error.readOnly": "Saves are disabled: the disk holding the store is read-only. Nothing was saved; reading works as usual.",
  "error.diskFull": "The disk holding the store is full, so nothing was saved. Free some space and save again.",
  "error.documentDamaged":
    "This article's file in the store is damaged, so it cannot be shown. Nothing was changed; the server log says how to restore it from a backup.",
  "store.readOnlyBanner": "Read-only: the disk holding the store cannot be written, so saves are disabled.",
} as const;

export const ar: Record<keyof typeof en, string> = {
  "error.readOnly": "الحفظ معطّل: القرص الذي يحمل المخزن للقراءة فقط. لم يُحفظ شيء، والقراءة تعمل كالمعتاد.",
  "error.diskFull": "القرص الذي يحمل المخزن ممتلئ، فلم يُحفظ شيء. أفرغ بعض المساحة ثم احفظ من جديد.",
  "error.documentDamaged": "ملف هذه المقالة في المخزن تالف فلا يمكن عرضه. لم يتغير شيء، وفي سجل الخادم طريقة استعادته من نسخة احتياطية.",
  "store.readOnlyBanner": "للقراءة فقط: لا يمكن الكتابة على القرص الذي يحمل المخزن، فالحفظ معطّل.",
};
