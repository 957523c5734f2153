import { createInterface } from "node:readline";

/**
 * The new password for a shell command: the first line of standard input when it is not a
 * terminal (`echo … | npm run -s user -- add …`), else typed twice at a prompt without echo.
 * Throws an Error with a one-line message when none is given or the two differ.
 */
export async function readPassword(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!input.isTTY) {
    let text = "";
    for await (const chunk of input) text += chunk.toString();
    const line = text.split(/\r?\n/)[0] ?? "";
    if (!line) throw new Error("no password on standard input (give it as its first line)");
    return line;
  }
  const first = await promptHidden(input, "Password: ");
  const second = await promptHidden(input, "Password again: ");
  if (first !== second) throw new Error("the two passwords differ; nothing was changed");
  return first;
}

/** Asks on stderr and reads a line from the terminal without showing what is typed. */
function promptHidden(input: NodeJS.ReadStream, question: string): Promise<string> {
  const rl = createInterface({ input, output: process.stderr, terminal: true });
  process.stderr.write(question);
  // readline echoes each key through _writeToOutput; muting it hides the password.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  return new Promise((resolve) =>
    rl.question("", (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    }),
  );
}
