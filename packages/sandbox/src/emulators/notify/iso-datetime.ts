/**
 * Reads a date and time as Python 3.11+ `datetime.fromisoformat` does, which notifications-api's
 * `datetime_within_next_day` format uses for `scheduled_for` (app/schema_validation/__init__.py):
 * `YYYY-MM-DD` or `YYYYMMDD`, ISO weeks (`2026-W10-1`, `2026W101`), any one character between date
 * and time, `HH`, `HH:MM`, `HHMM`, `HH:MM:SS`, `HHMMSS` with a fraction after `.` or `,`, and an offset
 * (`Z`, `±HH`, `±HH:MM`, `±HHMM`, …). Notify then drops the offset without converting, so the result
 * is the wall-clock time read as UTC, in milliseconds; undefined where Python raises ValueError.
 */
export function parseIsoWallClock(text: string): number | undefined {
  if (text.length < 7) return undefined;
  const separator = dateEnd(text);
  if (separator === undefined) return undefined;
  const date = parseDate(text.slice(0, separator));
  if (date === undefined) return undefined;
  const timeText = text.slice(separator + 1);
  if (separator < text.length && timeText === '') return undefined;
  const time = timeText === '' ? [0, 0, 0, 0] : parseTimeWithOffset(timeText);
  if (time === undefined) return undefined;
  const [hour = 0, minute = 0, second = 0, microsecond = 0] = time;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return date + ((hour * 60 + minute) * 60 + second) * 1000 + Math.floor(microsecond / 1000);
}

const digits = /^[0-9]+$/;

// Where the date ends (CPython's `_find_isoformat_datetime_separator`).
function dateEnd(text: string): number | undefined {
  if (text.length === 7) return 7;
  if (text.charAt(4) === '-') {
    if (text.charAt(5) !== 'W') return 10;
    if (text.length > 8 && text.charAt(8) === '-') {
      if (text.length === 9) return undefined;
      return text.length > 10 && isDigit(text.charAt(10)) ? 8 : 10;
    }
    return 8;
  }
  if (text.charAt(4) === 'W') {
    let index = 7;
    while (index < text.length && isDigit(text.charAt(index))) index += 1;
    if (index < 9) return index;
    return index % 2 === 0 ? 7 : 8;
  }
  return 8;
}

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9';
}

function number(text: string, length: number): number | undefined {
  return text.length === length && digits.test(text) ? Number(text) : undefined;
}

// The date as milliseconds since the epoch (UTC), or undefined.
function parseDate(text: string): number | undefined {
  if (![7, 8, 10].includes(text.length)) return undefined;
  const year = number(text.slice(0, 4), 4);
  if (year === undefined || year < 1) return undefined;
  const dashed = text.charAt(4) === '-';
  let index = dashed ? 5 : 4;
  if (text.charAt(index) === 'W') {
    index += 1;
    const week = number(text.slice(index, index + 2), 2);
    index += 2;
    let day = 1;
    if (text.length > index) {
      if ((text.charAt(index) === '-') !== dashed) return undefined;
      index += dashed ? 1 : 0;
      const parsed = number(text.slice(index, index + 1), 1);
      if (parsed === undefined || text.length !== index + 1) return undefined;
      day = parsed;
    }
    return week === undefined ? undefined : isoWeekDate(year, week, day);
  }
  const month = number(text.slice(index, index + 2), 2);
  index += 2;
  if ((text.charAt(index) === '-') !== dashed) return undefined;
  index += dashed ? 1 : 0;
  const day = number(text.slice(index, index + 2), 2);
  if (month === undefined || day === undefined || text.length !== index + 2) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  return month >= 1 && month <= 12 && check.getUTCDate() === day && check.getUTCMonth() === month - 1
    ? time
    : undefined;
}

// Monday of ISO week 1 is the Monday on or before 4 January.
function isoWeekDate(year: number, week: number, day: number): number | undefined {
  if (day < 1 || day > 7 || week < 1 || week > 53) return undefined;
  const fourthOfJanuary = Date.UTC(year, 0, 4);
  const weekdayOfFourth = (new Date(fourthOfJanuary).getUTCDay() + 6) % 7;
  const weekOneMonday = fourthOfJanuary - weekdayOfFourth * 86_400_000;
  if (week === 53) {
    // Only years starting on a Thursday, or leap years starting on a Wednesday, have a week 53.
    const firstWeekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    if (!(firstWeekday === 4 || (leap && firstWeekday === 3))) return undefined;
  }
  return weekOneMonday + ((week - 1) * 7 + (day - 1)) * 86_400_000;
}

// CPython's `_parse_isoformat_time`: the offset starts at the first '-', else '+', else 'Z'.
function parseTimeWithOffset(text: string): number[] | undefined {
  if (text.length < 2) return undefined;
  const minus = text.indexOf('-');
  const plus = text.indexOf('+');
  const zulu = text.indexOf('Z');
  const offsetAt = minus >= 0 ? minus : plus >= 0 ? plus : zulu;
  const time = parseClock(offsetAt >= 0 ? text.slice(0, offsetAt) : text);
  if (time === undefined || offsetAt < 0) return time;
  if (offsetAt === text.length - 1 && text.endsWith('Z')) return time;
  const offset = text.slice(offsetAt + 1);
  if ([0, 1, 3].includes(offset.length)) return undefined;
  const parsed = parseClock(offset);
  // An offset must be under a day; its value does not matter, as Notify drops it.
  return parsed === undefined || (parsed[0] ?? 0) > 23 || (parsed[1] ?? 0) > 59 || (parsed[2] ?? 0) > 59
    ? undefined
    : time;
}

// CPython's time parser: HH[[:]MM[[:]SS]] then an optional fraction after `.` or `,`; colons all or none.
function parseClock(text: string): number[] | undefined {
  const parts = [0, 0, 0, 0];
  let index = 0;
  let colons = false;
  for (let part = 0; part < 3; part += 1) {
    const value = number(text.slice(index, index + 2), 2);
    if (value === undefined) return undefined;
    parts[part] = value;
    index += 2;
    const next = text.charAt(index);
    if (part === 0) colons = next === ':';
    // A fraction may follow any part (CPython's C parser takes `10.5` as 10:00:00.5).
    if (next === '' || next === '.' || next === ',' || part >= 2) break;
    if (colons && next !== ':') return undefined;
    index += colons ? 1 : 0;
  }
  if (index < text.length) {
    if (text.charAt(index) !== '.' && text.charAt(index) !== ',') return undefined;
    const fraction = text.slice(index + 1);
    if (fraction === '' || !digits.test(fraction)) return undefined;
    parts[3] = Number(fraction.slice(0, 6).padEnd(6, '0'));
  }
  return parts;
}
