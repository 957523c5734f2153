import type { Request, Response } from "express";

/** The cookie that remembers the name a reviewer last typed, to fill in the next form. */
export const NAME_COOKIE = "isnad_name";

/** The name to prefill forms with. */
export function rememberedName(req: Request): string {
  const name = req.cookies?.[NAME_COOKIE];
  return typeof name === "string" ? name : "";
}

/** Remembers the name for a year. */
export function rememberName(res: Response, name: string): void {
  res.cookie(NAME_COOKIE, name, { maxAge: 365 * 24 * 3600 * 1000, httpOnly: true, sameSite: "lax" });
}
