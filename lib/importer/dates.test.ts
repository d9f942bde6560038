import { expect, test } from "vitest";
import { durationDays, findDates } from "./dates";

// Published Monday 28 March 2022, like the seed article.
const on = (sentence: string) =>
  findDates(sentence, "2022-03-28").map(({ startsOn, endsOn, precision }) => ({
    startsOn,
    endsOn,
    precision,
  }));

test("weekdays are read back in a clause about the past and forward in one about plans", () => {
  expect(on("Zelensky said in a speech late on Sunday that peace must come.")).toEqual([
    { startsOn: "2022-03-27", endsOn: null, precision: "day" },
  ]);
  expect(on("The talks are scheduled on Tuesday.")).toEqual([
    { startsOn: "2022-03-29", endsOn: null, precision: "day" },
  ]);
  expect(on("The delegations met on Tuesday.")).toEqual([
    { startsOn: "2022-03-22", endsOn: null, precision: "day" },
  ]);
  expect(on("In his address on Thursday, he said Kyiv would sign nothing.")).toEqual([
    { startsOn: "2022-03-24", endsOn: null, precision: "day" },
  ]);
});

test("ranges, weeks and months keep the precision the text gives", () => {
  expect(on("Talks will run from Friday to Sunday.")).toEqual([
    { startsOn: "2022-04-01", endsOn: "2022-04-03", precision: "day" },
  ]);
  expect(on("The ministers will meet next week.")).toEqual([
    { startsOn: "2022-04-04", endsOn: null, precision: "approximate" },
  ]);
  expect(on("The envoys met last month.")).toEqual([
    { startsOn: "2022-02-01", endsOn: null, precision: "month" },
  ]);
  expect(on("The two sides last met in November.")).toEqual([
    { startsOn: "2021-11-01", endsOn: null, precision: "month" },
  ]);
  expect(on("Talks took place on February 28, 2022.")).toEqual([
    { startsOn: "2022-02-28", endsOn: null, precision: "day" },
  ]);
});

test("durations and 'earlier in the day' are not dates", () => {
  expect(on("He said they will last for three days.")).toEqual([]);
  expect(on("In remarks earlier in the day, he softened his tone.")).toEqual([]);
  expect(durationDays("He said they will last for three days.")).toBe(3);
  expect(durationDays("They wrapped up two days of talks.")).toBe(2);
  expect(durationDays("They met for lunch.")).toBeNull();
});
