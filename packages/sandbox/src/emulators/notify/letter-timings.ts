import { addDays, type CalendarDate, instantOfLondonWallClock, londonWallClock } from './london-time.js';
import type { LetterPostage } from './template-types.js';

// Bank holidays in England and Wales (notifications-utils `data/bank-holidays.json`, from GOV.UK).
const bankHolidays = new Set(
  (
    '2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26 ' +
    '2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26 ' +
    '2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28 ' +
    '2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28'
  ).split(' '),
);

// Days in the post after printing, at most (`get_min_and_max_days_in_transit`).
const maximumDaysInTransit: Readonly<Record<LetterPostage, number>> = {
  first: 0,
  second: 4,
  economy: 6,
  europe: 5,
  'rest-of-world': 7,
};

/**
 * A letter's `estimated_delivery` as Notify gives it (notifications-utils `letter_timings.py`,
 * `LetterTimings.latest_delivery`): sent after 17:30 London time counts as the next day; it is
 * printed on the next DVLA working day (weekdays but bank holidays), then delivered the given days
 * later counting Royal Mail's working days (first class also Saturdays), at 16:00 London time. The
 * seconds of the sending time stay, as Notify only resets the hour and minute.
 */
export function estimatedDelivery(createdAt: Date, postage: LetterPostage): Date {
  const wall = londonWallClock(createdAt) + (6 * 60 + 30) * 60_000;
  const processing = new Date(wall);
  const processingDay: CalendarDate = {
    year: processing.getUTCFullYear(),
    month: processing.getUTCMonth() + 1,
    day: processing.getUTCDate(),
  };
  const printDay = nextWorkingDay(processingDay, [0, 6]);
  let delivery = printDay;
  const nonWorkingWeekdays = postage === 'first' ? [0] : [0, 6];
  for (let step = 0; step < 1 + maximumDaysInTransit[postage]; step += 1) {
    delivery = nextWorkingDay(delivery, nonWorkingWeekdays);
  }
  const secondsAndMilliseconds = wall % 60_000;
  return instantOfLondonWallClock(
    Date.UTC(delivery.year, delivery.month - 1, delivery.day, 16, 0) + secondsAndMilliseconds,
  );
}

function nextWorkingDay(date: CalendarDate, nonWorkingWeekdays: readonly number[]): CalendarDate {
  let next = addDays(date, 1);
  while (!isWorkingDay(next, nonWorkingWeekdays)) next = addDays(next, 1);
  return next;
}

function isWorkingDay(date: CalendarDate, nonWorkingWeekdays: readonly number[]): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const text = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return !nonWorkingWeekdays.includes(weekday) && !bankHolidays.has(text);
}
