/** A reviewer's form for claim version 1 saved as a draft: verdict False, one refuting source, a note; `fields` override. */
export const reviewForm = (fields: Record<string, unknown> = {}) => ({
  version: "1",
  verdict: "false",
  "evidence[0][url]": "https://example.org/statement",
  "evidence[0][title]": "Ministry statement",
  "evidence[0][excerpt]": "",
  "evidence[0][stance]": "refutes",
  notes: "Checked with two sources",
  action: "save",
  ...fields,
});
