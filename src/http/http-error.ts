import type { Params } from "../i18n/translate.ts";

/** An error with an HTTP status and the interface string (`error.*` key) that explains it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly key: string = `error.${status}`,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = "HttpError";
  }
}
