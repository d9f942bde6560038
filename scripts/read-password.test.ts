import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { promptHidden, readPasswordLine } from "./read-password";

describe("readPasswordLine", () => {
  it("takes the first line, without its line ending, spaces kept", async () => {
    expect(await readPasswordLine(Readable.from(["a long ", "passphrase\r\nsecond line\n"]))).toBe(
      "a long passphrase",
    );
    expect(await readPasswordLine(Readable.from(["no newline at all"]))).toBe("no newline at all");
  });
});

describe("promptHidden", () => {
  function terminal() {
    const input = Object.assign(new PassThrough(), {
      isTTY: true,
      raw: false,
      setRawMode(raw: boolean) {
        input.raw = raw;
      },
    });
    let shown = "";
    const output = new Writable({
      write(chunk, _enc, done) {
        shown += chunk.toString();
        done();
      },
    });
    return { input, output, shown: () => shown };
  }

  it("reads what is typed, honours backspace, and never echoes it", async () => {
    const t = terminal();
    const answer = promptHidden("Password: ", t.input, t.output);
    t.input.write("secreX\u007ft passphrase\r");
    expect(await answer).toBe("secret passphrase");
    expect(t.shown()).toBe("Password: \n");
    expect(t.input.raw).toBe(false);
  });

  it("Ctrl-C cancels", async () => {
    const t = terminal();
    const answer = promptHidden("Password: ", t.input, t.output);
    t.input.write("abc\u0003");
    await expect(answer).rejects.toThrow("cancelled");
  });

  it("refuses to prompt without a terminal", async () => {
    await expect(promptHidden("Password: ", new PassThrough(), new PassThrough())).rejects.toThrow(
      "no terminal",
    );
  });
});
