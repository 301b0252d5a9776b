/**
 * Instants and the local dates the law counts in. A case's timestamps may carry an offset
 * (`+08:00`, `Z`) or not; without one they are local time in the catalogue's time zone. Every
 * period is counted in local dates of that zone.
 */
import { dayNumber, dayOfEpochMs, formatDate, MS_PER_DAY, pad } from './dates.js';

/** An instant and the local date it falls on. */
export interface Moment {
  /** Milliseconds since 1970-01-01T00:00Z. */
  readonly epochMs: number;
  /** The local date, as a day number (see dates.ts). */
  readonly day: number;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const MS_PER_HOUR = 3_600_000;

/** An IANA time zone, with the UTC offsets it needs cached by hour. */
export class TimeZone {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

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
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const values: Record<string, number> = {};
      for (const part of this.format.formatToParts(new Date(hour * MS_PER_HOUR))) values[part.type] = Number(part.value);
      const local = Date.UTC(values.year!, values.month! - 1, values.day!, values.hour!, values.minute!, values.second!);
      offset = local - hour * MS_PER_HOUR;
      if (this.offsets.size > 100_000) this.offsets.clear();
      this.offsets.set(hour, offset);
    }
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
    const match = TIMESTAMP.exec(text);
    if (match === null) return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
    const year = Number(y);
    const month = Number(mo);
    const date = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    const day = dayNumber(year, month, date);
    const check = new Date(day * MS_PER_DAY);
    if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== date || hour > 23 || minute > 59 || second > 59) return undefined;
    const localMs = day * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 + Number((fraction + '000').slice(0, 3));
    if (zone === undefined) {
      // Local time: the offset at the instant itself, found from a first guess.
      let epochMs = localMs - this.offsetAt(localMs);
      epochMs = localMs - this.offsetAt(epochMs);
      return { epochMs, day };
    }
    const offset = zone === 'Z' ? 0 : offsetOf(zone);
    if (offset === undefined) return undefined;
    return this.momentAt(localMs - offset);
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

/** Milliseconds of a `±HH[:mm]` offset, or undefined past ±23:59. */
function offsetOf(zone: string): number | undefined {
  const hours = Number(zone.slice(1, 3));
  const minutes = zone.length > 3 ? Number(zone.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * MS_PER_HOUR + minutes * 60_000);
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
