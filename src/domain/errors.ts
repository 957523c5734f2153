import type { ClaimRecord } from "../schemas/claim-record.ts";

/** Someone else changed the claim since the form was loaded; `current` is what is stored now. */
export class VersionConflict extends Error {
  constructor(readonly current: ClaimRecord) {
    super(`claim ${current.id} is at version ${current.version}`);
    this.name = "VersionConflict";
  }
}

/** The change is not allowed in the claim's current state; `key` names the message to show. */
export class WorkflowError extends Error {
  constructor(readonly key: string) {
    super(key);
    this.name = "WorkflowError";
  }
}

/** The article, claim or account a change names does not exist. */
export class NotFound extends Error {
  constructor(
    readonly what: "article" | "claim" | "account",
    readonly id: string,
  ) {
    super(`no ${what} ${id}`);
    this.name = "NotFound";
  }
}
