import { parseArgs } from "node:util";
import { AccountError } from "../auth/account-error.ts";
import { hashPassword } from "../auth/password-hash.ts";
import { extractClaims } from "../core/index.ts";
import { createWorkspace } from "../domain/workspace.ts";
import { seedDb } from "../seed-db.ts";
import { DbSchema } from "../schemas/db.ts";
import { SnapshotSchema } from "../schemas/snapshot.ts";
import { PasswordSchema, ROLES, UsernameSchema, type Role, type User } from "../schemas/user.ts";
import { readDocumentText } from "../store/json-document.ts";
import { isFormatOne } from "../store/migrate-store.ts";
import { describeLocation, openStore } from "../store/open-store.ts";
import { parseDocument } from "../store/parse-document.ts";
import { StoreFileError } from "../store/store-file-error.ts";
import { StoreLocked } from "../store/store-lock.ts";

export const USAGE = "usage: npm run -s user -- add NAME --role reviewer|editor|admin | passwd NAME | list | help";

const HELP = `${USAGE}
  add NAME --role ROLE   add an account (roles: ${ROLES.join(", ")})
  passwd NAME            set a new password
  list                   list the accounts: name, role, created
The password is read from the first line of standard input when it is not a terminal, else
asked for twice. Stop Isnad first (or use its Accounts page while it runs): while the server
holds the store, add and passwd refuse and change nothing.`;

/** What the command reads and writes besides the store: injected, so tests run it in-process. */
export interface UserCommandIo {
  /** The store file (DB_FILE). */
  dbFile: string;
  /** PostgreSQL instead of the file, when set (DATABASE_URL): safe while servers run, each change being a transaction. */
  databaseUrl?: string;
  /** The new password (stdin or a prompt); throws an Error with a one-line message when there is none. */
  readPassword: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Bad use of the command: exit 2 with one line on stderr. */
class UsageError extends Error {}

const ACCOUNT_ERRORS: Record<AccountError["key"], string> = {
  usernameTaken: "there already is an account called",
  usernameConfusable: "the name looks too much like an existing account's, so it is refused:",
  noSuchUser: "there is no account called",
  notFirstAccount: "accounts already exist, so this is not the first account:",
  lastAdmin: "it would leave no admin; make someone else admin first:",
};

/**
 * `npm run -s user -- …`: manages the accounts of the store in `io.dbFile` (created with the
 * bundled article if missing, as on the first start). Returns the exit code: 0 done, 1 refused
 * (name taken, no such account, weak password, unusable store), 2 usage, with one line on stderr.
 */
export async function userCommand(args: string[], io: UserCommandIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(error as Error).message.split("\n")[0]}; ${USAGE}`);
      return 2;
    }
    if (error instanceof AccountError) io.err(`Nothing changed: ${ACCOUNT_ERRORS[error.key]} ${error.username}.`);
    else if (error instanceof StoreLocked) io.err(`Nothing changed: ${error.message}.`);
    else if (error instanceof StoreFileError) io.err(`The store ${error.message}`);
    else if (error instanceof Error) io.err(`Nothing changed: ${error.message}.`);
    else throw error;
    return 1;
  }
}

async function run(args: string[], io: UserCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { role: { type: "string" } }, allowPositionals: true, strict: true });
  const [command, name, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  if (command === "help") {
    io.out(HELP);
    return 0;
  }
  if (command === "list") {
    if (name !== undefined || values.role !== undefined) throw new UsageError("list takes no arguments");
    return list(io);
  }
  if (command !== "add" && command !== "passwd") throw new UsageError(command ? `unknown command ${command}` : "no command given");
  if (name === undefined) throw new UsageError(`${command} needs an account NAME`);
  if (command === "passwd" && values.role !== undefined) throw new UsageError("passwd takes no --role (change roles on the Accounts page)");
  const role = command === "add" ? parseRole(values.role) : undefined;
  const username = UsernameSchema.safeParse(name);
  if (!username.success) throw new Error(`the name ${JSON.stringify(name)} is not valid: use letters, digits, dots, dashes and underscores`);
  // The store first: while the server holds it, say so before asking for a password.
  const store = await openStore(io, seedDb, { holder: "npm run user", notice: io.err });
  let user: User;
  try {
    const password = PasswordSchema.safeParse(await io.readPassword());
    if (!password.success) throw new Error("the password must be 10 to 200 characters long");
    const passwordHash = await hashPassword(password.data);
    const workspace = createWorkspace({ store, extract: extractClaims, now: () => new Date(), newId: () => "" });
    user = await (role ? workspace.addAccount({ username: username.data, role, passwordHash }) : workspace.changeAccount(username.data, { passwordHash }));
  } finally {
    await store.close();
  }
  io.out(role ? `Added ${user.username} (${user.role}) to ${describeLocation(io)}.` : `Set a new password for ${user.username}.`);
  return 0;
}

function parseRole(role: string | undefined): Role {
  if (role === undefined) throw new UsageError(`add needs --role ${ROLES.join("|")}`);
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`unknown role ${role} (roles: ${ROLES.join(", ")})`);
  return role as Role;
}

/** Prints one account a line: name, role, creation time (tab-separated). Reads db.json only (no lock: it changes nothing). */
async function list(io: UserCommandIo): Promise<number> {
  if (io.databaseUrl) return listFromDatabase(io);
  const text = await readDocumentText(io.dbFile);
  if (text === null) throw new StoreFileError(io.dbFile, "does not exist yet (no accounts)");
  const { users } = isFormatOne(parseJsonOrNull(text)) ? parseDocument(text, io.dbFile, SnapshotSchema) : parseDocument(text, io.dbFile, DbSchema);
  if (users.length === 0) io.err(`No accounts in ${io.dbFile}; add one with: npm run -s user -- add NAME --role admin`);
  for (const u of users) io.out(`${u.username}\t${u.role}\t${u.createdAt}`);
  return 0;
}

async function listFromDatabase(io: UserCommandIo): Promise<number> {
  const store = await openStore(io, seedDb);
  try {
    for (const u of await store.listUsers()) io.out(`${u.username}\t${u.role}\t${u.createdAt}`);
  } finally {
    await store.close();
  }
  return 0;
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // parseDocument says what is wrong
  }
}
