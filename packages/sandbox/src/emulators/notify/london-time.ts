/** Calendar dates and wall clocks in Europe/London, as Notify reckons days (BST in summer, GMT in winter). */

/** A date on the calendar, months from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The London wall clock at an instant, as milliseconds of a UTC-based timeline (offset applied). */
export function londonWallClock(instant: Date): number {
  const parts: Record<string, number> = {};
  for (const part of londonParts.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return (
    Date.UTC(
      parts['year'] ?? 1970,
      (parts['month'] ?? 1) - 1,
      parts['day'] ?? 1,
      parts['hour'] ?? 0,
      parts['minute'] ?? 0,
      parts['second'] ?? 0,
    ) + instant.getUTCMilliseconds()
  );
}

/** The instant a London wall-clock time (on the UTC-based timeline) happens. */
export function instantOfLondonWallClock(wallClock: number): Date {
  // The offset at that wall time is the offset at roughly that instant; 16:00 and midnight are
  // never inside a clock change, which happens at 01:00 UTC.
  const guess = new Date(wallClock);
  const offset = londonWallClock(guess) - guess.getTime();
  return new Date(wallClock - offset);
}

/** The London calendar date of an instant. */
export function londonDate(instant: Date): CalendarDate {
  const wall = new Date(londonWallClock(instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Midnight at the start of a London date, as an instant (`get_london_midnight_in_utc`). */
export function londonMidnight(date: CalendarDate): Date {
  return instantOfLondonWallClock(Date.UTC(date.year, date.month - 1, date.day));
}

/** A date moved by whole days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
