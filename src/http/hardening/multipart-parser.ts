import type { RequestHandler } from "express";
import type { MulterError, Options } from "multer";
import { lazyMiddleware } from "../lazy-middleware.ts";

type Multer = typeof import("multer");

/**
 * multer, loaded the first time a multipart body arrives rather than when the server starts: only
 * the article import's file upload reads one, and multer brings busboy and its own copy of the
 * media-type tables (some twenty modules a start would otherwise parse for nothing).
 */
let loaded: Multer | undefined;

/** Whether `err` is one of multer's errors (none can exist before multer was loaded). */
export function isMulterError(err: unknown): err is MulterError {
  return loaded !== undefined && err instanceof loaded.MulterError;
}

/** A parser of one file in field `field` (`req.file`, kept in memory) with `limits`. */
export function singleFileParser(field: string, limits: Options["limits"]): RequestHandler {
  return lazyMiddleware(async () => {
    const multer = (loaded ??= (await import("multer")).default as unknown as Multer);
    return multer({ storage: multer.memoryStorage(), limits }).single(field);
  });
}
