import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/create-app.ts";
import { emptySnapshot } from "../../src/schemas/snapshot.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { StoreReadOnly } from "../../src/store/store.ts";
import { addAccount, signedInAgent } from "../helpers/session-client.ts";

/** The start-up backup fails with the error code the test sets, as a full or read-only disk makes it fail. */
const backupError = vi.hoisted(() => ({ code: "" }));
vi.mock("../../src/store/rotate-backups.ts", async (original) => {
  const real = await original<typeof import("../../src/store/rotate-backups.ts")>();
  return {
    rotateBackups: async (...args: Parameters<typeof real.rotateBackups>) => {
      if (backupError.code) throw Object.assign(new Error(`${backupError.code}: refused`), { code: backupError.code });
      return real.rotateBackups(...args);
    },
  };
});

/** A valid store that has been started once, then a start whose backup write fails with `code`. */
async function startWhenBackupFails(code: string) {
  const file = join(mkdtempSync(join(tmpdir(), "isnad-disk-")), "db.json");
  const first = await openFileStore(file, emptySnapshot);
  await addAccount(first, "admin", "admin");
  await first.close();
  backupError.code = code;
  const notices: string[] = [];
  try {
    return { store: await openFileStore(file, emptySnapshot, { notice: (line) => notices.push(line) }), notices };
  } finally {
    backupError.code = "";
  }
}

describe("starting on a disk that refuses the start-up backup", () => {
  it("opens a valid store read-only on a read-only disk, says so, and refuses saves with StoreReadOnly", async () => {
    const { store, notices } = await startWhenBackupFails("EROFS");
    expect(store.readOnly).toMatch(/read-only \(EROFS\)/);
    expect(notices.join("\n")).toMatch(/Isnad starts read-only, and saves are disabled/);
    await expect(store.updateSettings((s) => void (s.organizationName = "x"))).rejects.toBeInstanceOf(StoreReadOnly);
    await store.close();
  });

  it("shows every page with a banner that saves are disabled, and answers a save with 503 and why", async () => {
    const { store } = await startWhenBackupFails("EROFS");
    const app = createApp({ store });
    const { agent, csrf } = await signedInAgent({ app, store }, "admin"); // the account was made before the disk turned read-only
    const page = await agent.get("/articles").expect(200);
    expect(page.text).toContain("saves are disabled");
    const res = await agent.post("/accounts").type("form").send({ username: "omar", role: "reviewer", password: "a long password 1", _csrf: csrf });
    expect(res.status).toBe(503);
    expect(res.text).toContain("Saves are disabled");
    await store.close();
  });

  it("opens and warns on a full disk: the store stays writable", async () => {
    const { store, notices } = await startWhenBackupFails("ENOSPC");
    expect(store.readOnly).toBeNull();
    expect(notices.join("\n")).toMatch(/no start-up backup .* the disk is full \(ENOSPC\)/);
    await store.updateSettings((s) => void (s.organizationName = "x"));
    await store.close();
  });
});
