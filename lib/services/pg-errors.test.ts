import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./pg-errors";

const pgError = (code: string, message: string) =>
  Object.assign(new Error(message), { code, severity: "FATAL" });
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54329"), { code: "ECONNREFUSED" });
/** drizzle wraps the driver's error: "Failed query: …" with the original as `cause`. */
const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1\nparams: "), { cause });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", refused],
    ["a refused dual-stack connection (AggregateError)", new AggregateError([refused], "")],
    ["an admin shutdown (57P01)", pgError("57P01", "terminating connection due to administrator command")],
    [
      "a crash shutdown (57P02)",
      pgError("57P02", "terminating connection due to crash of another server process"),
    ],
    [
      "a server still starting (57P03)",
      pgError("57P03", "the database system is not yet accepting connections"),
    ],
    ["a connection failure SQLSTATE (08006)", pgError("08006", "connection failure")],
    ["a connection exception SQLSTATE (08000)", pgError("08000", "connection exception")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a reset socket", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
    ["any of these wrapped by drizzle", wrapped(pgError("57P01", "terminating connection"))],
    ["a dropped connection wrapped twice", wrapped(wrapped(new Error("Connection terminated unexpectedly")))],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", pgError("23505", "duplicate key value violates unique constraint")],
    ["a syntax error", wrapped(pgError("42601", 'syntax error at or near "selec"'))],
    ["a query-level error that mentions a connection", pgError("P0001", "connection terminated by the rule")],
    ["an ordinary error", new Error("boom")],
    ["a string", "Connection terminated"],
    ["null", null],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cause cycle", () => {
    const a: { cause?: unknown } = new Error("a");
    a.cause = wrapped(a);
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
