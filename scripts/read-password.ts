/**
 * Passwords for command-line tools without putting them on the command line
 * (shell history, `ps`): the first line of standard input, or a prompt that
 * does not echo what is typed.
 */
import type { Readable, Writable } from "node:stream";

/** The first line of `input` (for `--password-stdin`), without its line ending. */
export async function readPasswordLine(input: Readable): Promise<string> {
  let text = "";
  for await (const chunk of input) {
    text += chunk.toString();
    const end = text.search(/\r?\n/);
    if (end >= 0) return text.slice(0, end);
  }
  return text;
}

type Terminal = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/** Asks on `output` and reads one line from the terminal with echo off; Ctrl-C cancels. */
export function promptHidden(question: string, input: Terminal, output: Writable): Promise<string> {
  const { setRawMode } = input;
  if (!input.isTTY || !setRawMode) return Promise.reject(new Error("no terminal to prompt on"));
  output.write(question);
  setRawMode.call(input, true);
  input.resume();
  let value = "";
  return new Promise((resolve, reject) => {
    const finish = () => {
      setRawMode.call(input, false);
      input.pause();
      input.off("data", onData);
      output.write("\n");
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === "\r" || ch === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          reject(new Error("cancelled"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on("data", onData);
  });
}
