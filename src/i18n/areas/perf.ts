/** Strings of the article page's claim-list pages (issue 10). */
export const en = {
  "pages.label": "Pages of claims",
  "pages.showing": "Claims {first}–{last} of {total}",
  "pages.previous": "Previous {count}",
  "pages.next": "Next {count}",
  "pages.page": "Page {page} of {pages}",
} as const;

export const ar: Record<keyof typeof en, string> = {
  "pages.label": "صفحات التصريحات",
  "pages.showing": "التصريحات {first}–{last} من {total}",
  "pages.previous": "الـ{count} السابقة",
  "pages.next": "الـ{count} التالية",
  "pages.page": "الصفحة {page} من {pages}",
};
