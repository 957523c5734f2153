import type { ArticleSummary } from "../schemas/article-summary.ts";
import type { Db } from "../schemas/db.ts";
import { JournalEntrySchema, type JournalEntry } from "../schemas/index-journal.ts";
import { StoreFileError } from "./store-file-error.ts";

/** The entries of an index journal's text, and whether its last line was cut short (a stop while it was appended). */
export interface ParsedJournal {
  entries: JournalEntry[];
  torn: boolean;
}

/** An index journal entry as it is appended: one JSON line. */
export function journalLine(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/**
 * Reads the journal's lines in order. The last line may be incomplete or unreadable: an append
 * that a stop cut short, never acknowledged, so it is left out (`torn`). A bad line with good
 * lines after it is damage, not a stop: StoreFileError, and nothing is guessed.
 */
export function parseJournal(text: string, file: string): ParsedJournal {
  const lines = text.split("\n");
  const tail = lines.pop() ?? ""; // after the last newline: empty, or an append cut short
  const entries: JournalEntry[] = [];
  let torn = tail.trim() !== "";
  for (const [i, line] of lines.entries()) {
    const entry = parseLine(line);
    if (entry) {
      entries.push(entry);
      continue;
    }
    if (i < lines.length - 1 || torn) {
      throw new StoreFileError(
        file,
        `line ${i + 1} is not a valid index entry, and later lines follow`,
        [],
        false,
        `To start without it, keep it aside: mv ${file} ${file}.broken\nIsnad then rebuilds the article index from the documents saved since db.json was written; account and settings changes made since then would be lost.`,
      );
    }
    torn = true;
  }
  return { entries, torn };
}

function parseLine(line: string): JournalEntry | null {
  try {
    const result = JournalEntrySchema.safeParse(JSON.parse(line));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** What replaying a journal onto db.json gave: the db, how many entries it applied, and whether the journal belongs to another db.json. */
export interface Replayed {
  db: Db;
  applied: number;
  /** The journal does not continue this db.json (a backup restored over it): it was not applied. */
  unrelated: boolean;
}

/**
 * db.json with the journal's entries after its journalSeq applied in order. Entries it already
 * holds (a stop after db.json was rewritten, before the journal was cut) are skipped. The entries
 * must continue db.json without a gap; otherwise the journal is not applied at all (`unrelated`),
 * and the documents saved since db.json's indexedAt refresh its index as after any stop.
 */
export function replayJournal(db: Db, entries: readonly JournalEntry[]): Replayed {
  const from = db.journalSeq ?? 0;
  const later = entries.filter((e) => e.seq > from);
  if (later.length === 0) return { db, applied: 0, unrelated: false };
  if (later.some((e, i) => e.seq !== from + 1 + i)) return { db, applied: 0, unrelated: true };
  const rows = new Map<string, ArticleSummary>(db.articles.map((row) => [row.id, row]));
  const added: string[] = []; // ids new to the index, in the order they came
  let { users, settings } = db;
  for (const entry of later) {
    for (const row of entry.rows ?? []) {
      if (!rows.has(row.id)) added.push(row.id);
      rows.set(row.id, row);
    }
    users = entry.users ?? users;
    settings = entry.settings ?? settings;
  }
  const articles = [...db.articles.map((row) => row.id), ...added].map((id) => rows.get(id)!);
  const last = later.at(-1)!;
  return { db: { ...db, articles, users, settings, indexedAt: last.at, journalSeq: last.seq }, applied: later.length, unrelated: false };
}
