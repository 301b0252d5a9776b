import { expect, it } from 'vitest';
import { textWidth, wrapText } from '../src/text.js';

it('measures a CJK character as one em and Latin as about half', () => {
  expect(textWidth('政府信息', 14)).toBe(56);
  expect(textWidth('abcd', 14)).toBeLessThan(40);
});

it('wraps Chinese between characters and never starts a line with closing punctuation', () => {
  const lines = wrapText('对符合法定条件的申请不予受理，不一次告知必须补正的全部内容。', 14 * 8, 14);
  for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(14 * 9);
  for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：）]/);
  expect(lines.join('')).toBe('对符合法定条件的申请不予受理，不一次告知必须补正的全部内容。');
});

it('keeps opening punctuation with what follows and Latin words whole', () => {
  const lines = wrapText('办理（第三十三条）state machine', 14 * 4, 14);
  for (const line of lines) expect(line).not.toMatch(/（$/);
  expect(lines).toContain('machine');
  expect(wrapText('a\nb', 100, 14)).toEqual(['a', 'b']);
});

it('cuts a word longer than a line', () => {
  const lines = wrapText('x'.repeat(60), 100, 14);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
});
