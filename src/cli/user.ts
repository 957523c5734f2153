import { readConfig } from "../config.ts";
import { readPassword } from "./read-password.ts";
import { userCommand } from "./user-command.ts";

/**
 * `npm run -s user -- add NAME --role ROLE | passwd NAME | list | help`: accounts from the shell,
 * on the store in DB_FILE. See userCommand for what each does and the exit codes.
 */
const { dbFile, databaseUrl } = readConfig(process.env);
userCommand(process.argv.slice(2), {
  dbFile,
  ...(databaseUrl ? { databaseUrl } : {}),
  readPassword: () => readPassword(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
