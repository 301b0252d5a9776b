/**
 * The ids of the cases a conformance report has closed, each with a small integer (the record of
 * how it ended), in about 26 bytes a case for ids of ten Latin-1 characters instead of the ~140 of
 * a Map entry and its string: the ids' characters one byte each in one growing buffer, an
 * open-addressing table of integers over them. A report must remember every closed case exactly
 * (a row for a case already closed is reported as such), so this is the part of its memory that
 * grows with the log; it grows as little as it can.
 */

const EMPTY = 0;

/** A map from case id to a non-negative integer, for ids that are never removed. */
export class ClosedCases {
  /** Characters of the ids with codes below 256, one after the other. */
  private chars = new Uint8Array(1 << 16);
  private charsLength = 0;
  /** Per entry: where its characters start (they end where the next entry's start), and its value. */
  private starts = new Int32Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private count = 0;
  /** Entry index + 1 by hash slot (0: empty); a power of two long, at most half full. */
  private slots = new Int32Array(1 << 13);
  /** Ids with a character of code 256 or more (rare in logs): kept as strings. */
  private readonly wide = new Map<string, number>();

  /** The number of ids. */
  get size(): number {
    return this.count + this.wide.size;
  }

  /** The value of an id, or undefined. */
  get(id: string): number | undefined {
    const hash = hashOf(id);
    if (hash < 0) return this.wide.get(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return undefined;
      if (this.matches(entry - 1, id)) return this.values[entry - 1];
    }
  }

  /** Sets the value of an id (adds it, or replaces its value). `value` must be a 32-bit integer. */
  set(id: string, value: number): void {
    const hash = hashOf(id);
    if (hash < 0) {
      this.wide.set(id, value);
      return;
    }
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) break;
      if (this.matches(entry - 1, id)) {
        this.values[entry - 1] = value;
        return;
      }
    }
    const index = this.count;
    if (index + 1 >= this.starts.length) {
      this.starts = grown(this.starts, this.starts.length * 2);
      this.values = grown(this.values, this.values.length * 2);
    }
    if (this.charsLength + id.length > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, this.charsLength + id.length));
    this.starts[index] = this.charsLength;
    for (let at = 0; at < id.length; at++) this.chars[this.charsLength + at] = id.charCodeAt(at);
    this.charsLength += id.length;
    this.starts[index + 1] = this.charsLength;
    this.values[index] = value;
    this.count++;
    this.slots[slot] = index + 1;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  /** Forgets every id. */
  clear(): void {
    this.chars = new Uint8Array(1 << 16);
    this.charsLength = 0;
    this.starts = new Int32Array(1 << 12);
    this.values = new Int32Array(1 << 12);
    this.count = 0;
    this.slots = new Int32Array(1 << 13);
    this.wide.clear();
  }

  /** Bytes held by the buffers (their capacity), for the memory report. */
  get bytes(): number {
    return this.chars.byteLength + this.starts.byteLength + this.values.byteLength + this.slots.byteLength;
  }

  private matches(entry: number, id: string): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== id.length) return false;
    const chars = this.chars;
    for (let at = 0; at < id.length; at++) if (chars[start + at] !== id.charCodeAt(at)) return false;
    return true;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hashAt(entry) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }

  private hashAt(entry: number): number {
    let hash = 0x811c9dc5;
    for (let at = this.starts[entry]!, end = this.starts[entry + 1]!; at < end; at++) hash = Math.imul(hash ^ this.chars[at]!, 0x01000193);
    return hash >>> 1;
  }
}

/** FNV-1a of the id's characters (31 bits), or -1 when one does not fit in a byte. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at++) {
    const code = id.charCodeAt(at);
    if (code > 255) return -1;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 1;
}

function grown<T extends Uint8Array | Int32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
