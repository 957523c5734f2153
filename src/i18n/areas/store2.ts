/** Interface strings of the paged article list and the paged JSON list. */
export const en = {
  "articleList.pagesLabel": "Pages of articles",
  "articleList.showing": "Articles {first}–{last} of {total}",
  "articleList.order": "Newest imports first.",
  "error.badPage": "The page number in the address is not valid: it must be a whole number from 1.",
  "error.badPaging":
    "The paging values in the address are not valid: page must be a whole number from 1, limit a whole number from 1 to {max}, order newest or oldest.",
} as const;

export const ar: Record<keyof typeof en, string> = {
  "articleList.pagesLabel": "صفحات المقالات",
  "articleList.showing": "المقالات {first}–{last} من {total}",
  "articleList.order": "الأحدث استيرادًا أولًا.",
  "error.badPage": "رقم الصفحة في العنوان غير صالح: يجب أن يكون عددًا صحيحًا من 1 فصاعدًا.",
  "error.badPaging": "قيم التصفح في العنوان غير صالحة: يجب أن تكون page عددًا صحيحًا من 1 فصاعدًا، وlimit عددًا صحيحًا من 1 إلى {max}، وorder إما newest أو oldest.",
};
