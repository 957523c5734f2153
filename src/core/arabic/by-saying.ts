/** "واستطرد بقوله:", "أكد الوزير بقوله إن…": "by saying" belongs to the cue; it is never a speaker. */
export const BY_SAYING: ReadonlySet<string> = new Set(["بقوله", "بقولها", "بقولهم", "بقولهما"]);
