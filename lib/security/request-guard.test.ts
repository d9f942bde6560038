import { expect, test } from "vitest";
import { malformedPath, refuseRequest } from "./request-guard";

test("a path segment that is not valid percent-encoding is malformed; good encodings are not", () => {
  for (const bad of ["/events/%ZZ", "/events/%C0%AF", "/parties/%E0%A4%A", "/%"])
    expect(malformedPath(bad)).toBe(true);
  for (const good of ["/", "/events/istanbul-talks", "/parties/%C3%A7", "/api/v1/events"])
    expect(malformedPath(good)).toBe(false);
});

test("server-action posts need our Origin and a body Next can decode; other requests pass", () => {
  const base = {
    method: "POST",
    pathname: "/editor/events/new",
    allowedOrigins: ["http://127.0.0.1:3000"],
    textBody: '[{"title":"x"}]',
  };
  const action = (headers: Record<string, string>) =>
    new Headers({ "next-action": "abc", host: "127.0.0.1:3000", ...headers });
  expect(refuseRequest({ ...base, headers: action({ origin: "http://127.0.0.1:3000" }) })).toBeNull();
  expect(refuseRequest({ ...base, headers: action({ origin: "https://evil.example" }) })?.status).toBe(403);
  expect(refuseRequest({ ...base, headers: action({ origin: "null" }) })?.status).toBe(403);
  expect(refuseRequest({ ...base, headers: action({}) })?.status).toBe(403);
  expect(
    refuseRequest({ ...base, textBody: "not json {{", headers: action({ origin: "http://127.0.0.1:3000" }) })
      ?.status,
  ).toBe(400);
  // Multipart bodies (form data) are Next's to decode; a page that is not an action passes.
  expect(
    refuseRequest({ ...base, textBody: null, headers: action({ origin: "http://127.0.0.1:3000" }) }),
  ).toBeNull();
  expect(refuseRequest({ ...base, headers: new Headers({ origin: "https://evil.example" }) })).toBeNull();
});
