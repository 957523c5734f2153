import type { Adapter } from "lowdb";
import { readFile } from "node:fs/promises";
import type { z } from "zod";
import { parseDocument } from "./parse-document.ts";
import { StoreFileError } from "./store-file-error.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/**
 * A lowdb adapter for one JSON document of the store: `read` validates against `schema` (a broken
 * file throws StoreFileError, never returns half a document), `write` is atomic and durable.
 * `beforeWrite` runs before each write (the store uses it to keep a backup of the document as it
 * was when Isnad started, before it is first replaced).
 */
export class JsonDocument<S extends z.ZodType> implements Adapter<z.infer<S>> {
  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly beforeWrite?: (file: string) => Promise<void>,
  ) {}

  async read(): Promise<z.infer<S> | null> {
    const text = await readDocumentText(this.file);
    return text === null ? null : parseDocument(text, this.file, this.schema);
  }

  async write(data: z.infer<S>): Promise<void> {
    await this.beforeWrite?.(this.file);
    await writeFileAtomic(this.file, stringifyDocument(data));
  }
}

/** A document as the store writes it: indented JSON (people restore and read these files), ending in a newline. */
export function stringifyDocument(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The text of a store document; null when there is no file. Read errors we can explain become StoreFileError. */
export async function readDocumentText(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "EISDIR") throw new StoreFileError(file, "is a directory, not a file");
    if (code === "EACCES" || code === "EPERM") throw new StoreFileError(file, `cannot be read: permission denied (${code})`);
    throw error;
  }
}
