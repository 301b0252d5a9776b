/** The compact record of closed case ids against a Map. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClosedCases } from '../src/replay/closed-cases.js';

describe('ClosedCases', () => {
  it('answers as a Map does, for ids of any characters, through growth and rehashing', () => {
    const id = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 0, max: 5000 }).map((n) => `BR-${String(n).padStart(7, '0')}`),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom('', '办件-1', 'é', '\u00ff\u0100'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean()), { maxLength: 400 }), (operations) => {
        const ours = new ClosedCases();
        const reference = new Map<string, number>();
        for (const [key, value, write] of operations) {
          if (write) {
            ours.set(key, value);
            reference.set(key, value);
          }
          expect(ours.get(key)).toBe(reference.get(key));
        }
        expect(ours.size).toBe(reference.size);
        for (const [key, value] of reference) expect(ours.get(key)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('holds 200,000 ids, about 26 bytes each for ten-character ids', () => {
    const closed = new ClosedCases();
    for (let n = 0; n < 200_000; n++) closed.set(`BR-${String(n).padStart(7, '0')}`, n % 97);
    for (let n = 0; n < 200_000; n += 7) expect(closed.get(`BR-${String(n).padStart(7, '0')}`)).toBe(n % 97);
    expect(closed.get('BR-0200000')).toBeUndefined();
    expect(closed.size).toBe(200_000);
    // Buffers double as they fill: between the bytes used and twice as many.
    expect(closed.bytes / 200_000).toBeLessThan(60);
    closed.clear();
    expect(closed.size).toBe(0);
    expect(closed.get('BR-0000001')).toBeUndefined();
  });
});
