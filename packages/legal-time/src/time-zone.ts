/**
 * Instants and the local dates the law counts in. A case's timestamps may carry an offset
 * (`+08:00`, `Z`) or not; without one they are local time in the catalogue's time zone. Every
 * period is counted in local dates of that zone.
 */
import { dayNumber, dayOfEpochMs, daysInMonth, formatDate, pad } from './dates.js';

/** An instant and the local date it falls on. */
export interface Moment {
  /** Milliseconds since 1970-01-01T00:00Z. */
  readonly epochMs: number;
  /** The local date, as a day number (see dates.ts). */
  readonly day: number;
}

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** An IANA time zone, with the UTC offsets it needs cached by hour. */
export class TimeZone {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();
  private lastHour = NaN;
  private lastOffset = 0;

  /** Throws RangeError for a name that is not an IANA time zone. */
  constructor(readonly id: string = 'Asia/Shanghai') {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The zone's offset from UTC at an instant, in milliseconds. */
  offsetAt(epochMs: number): number {
    const hour = Math.floor(epochMs / MS_PER_HOUR);
    // Logs come in time order: most calls ask for the hour asked last.
    if (hour === this.lastHour) return this.lastOffset;
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const values: Record<string, number> = {};
      for (const part of this.format.formatToParts(new Date(hour * MS_PER_HOUR))) values[part.type] = Number(part.value);
      const local = Date.UTC(values.year!, values.month! - 1, values.day!, values.hour!, values.minute!, values.second!);
      offset = local - hour * MS_PER_HOUR;
      if (this.offsets.size > 100_000) this.offsets.clear();
      this.offsets.set(hour, offset);
    }
    this.lastHour = hour;
    this.lastOffset = offset;
    return offset;
  }

  /** The moment of an instant. */
  momentAt(epochMs: number): Moment {
    return { epochMs, day: dayOfEpochMs(epochMs + this.offsetAt(epochMs)) };
  }

  /**
   * The moment a timestamp names: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm[:ss[.fff]]`, with an optional
   * `Z` or `±HH:mm` offset. A date alone is the start of that local day. Undefined when the text
   * is not a real timestamp.
   */
  parse(text: string): Moment | undefined {
    return this.read(text) ? { epochMs: this.readMs, day: this.readDay } : undefined;
  }

  /**
   * `parse` without a Moment object: true when the text is a timestamp, its instant and local day
   * then in `readMs` and `readDay` (until the next call). For callers that parse a timestamp per row
   * of a log and seldom keep the moment.
   */
  read(text: string): boolean {
    // Character codes rather than a regular expression and a Date: a replay parses every event's time.
    // The grammar is /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.
    const length = text.length;
    if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const date = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return false;
    const day = dayNumber(year, month, date);
    if (length === 10) return this.setLocal(day * MS_PER_DAY, day);
    const separator = text.charCodeAt(10);
    if ((separator !== 84 && separator !== 32) || length < 16 || text.charCodeAt(13) !== 58) return false; // T, space; ':'
    const hour = digits(text, 11, 13);
    const minute = digits(text, 14, 16);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
    let localMs = day * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000;
    let index = 16;
    if (index < length && text.charCodeAt(index) === 58) {
      const second = index + 3 <= length ? digits(text, index + 1, index + 3) : -1;
      if (second < 0 || second > 59) return false;
      localMs += second * 1000;
      index += 3;
      if (index < length && text.charCodeAt(index) === 46) {
        // 1–9 digits; the first three are milliseconds.
        let end = index + 1;
        while (end < length && isDigit(text.charCodeAt(end))) end++;
        const count = end - index - 1;
        if (count < 1 || count > 9) return false;
        for (let place = 0, scale = 100; place < 3; place++, scale /= 10) if (place < count) localMs += (text.charCodeAt(index + 1 + place) - 48) * scale;
        index = end;
      }
    }
    if (index === length) return this.setLocal(localMs, day);
    const zone = text.charCodeAt(index);
    if (zone === 90) return index + 1 === length ? this.setInstant(localMs) : false; // Z
    if (zone !== 43 && zone !== 45) return false; // + -
    const offsetHours = index + 3 <= length ? digits(text, index + 1, index + 3) : -1;
    if (offsetHours < 0) return false;
    index += 3;
    let offsetMinutes = 0;
    if (index < length) {
      if (text.charCodeAt(index) === 58) index++;
      offsetMinutes = index + 2 === length ? digits(text, index, index + 2) : -1;
      if (offsetMinutes < 0) return false;
    }
    if (offsetHours > 23 || offsetMinutes > 59) return false;
    const offset = (zone === 45 ? -1 : 1) * (offsetHours * MS_PER_HOUR + offsetMinutes * 60_000);
    return this.setInstant(localMs - offset);
  }

  /** The instant and local day of the last successful `read`. */
  readMs = 0;
  readDay = 0;

  private setInstant(epochMs: number): true {
    this.readMs = epochMs;
    this.readDay = dayOfEpochMs(epochMs + this.offsetAt(epochMs));
    return true;
  }

  private setLocal(localMs: number, day: number): true {
    let epochMs = localMs - this.offsetAt(localMs);
    epochMs = localMs - this.offsetAt(epochMs);
    this.readMs = epochMs;
    this.readDay = day;
    return true;
  }


  /** A moment as local ISO text with this zone's offset: 2026-09-28T10:12:00+08:00. */
  formatMoment(moment: Moment): string {
    const offset = this.offsetAt(moment.epochMs);
    const local = new Date(moment.epochMs + offset);
    const sign = offset < 0 ? '-' : '+';
    const minutes = Math.abs(offset) / 60_000;
    return (
      `${formatDate(dayOfEpochMs(moment.epochMs + offset))}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
      `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
    );
  }
}

/** The number written in text[from, to) with ASCII digits only, or -1. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the text names an IANA time zone this runtime knows. */
export function isTimeZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}
