import { expect, test } from "vitest";
import { originAllowed } from "./same-origin";

const allowed = ["https://parley.example"];

test("accepts our origins and the addressed host", () => {
  expect(originAllowed("https://parley.example", "other:1", allowed)).toBe(true);
  expect(originAllowed("http://127.0.0.1:3200", "127.0.0.1:3200", allowed)).toBe(true);
});

test("refuses missing, null, malformed and foreign origins", () => {
  expect(originAllowed(null, "parley.example", allowed)).toBe(false);
  expect(originAllowed("null", "parley.example", allowed)).toBe(false);
  expect(originAllowed("not a url", "parley.example", allowed)).toBe(false);
  expect(originAllowed("https://evil.example", "parley.example", allowed)).toBe(false);
  expect(originAllowed("https://parley.example.evil.example", "parley.example", allowed)).toBe(false);
});
