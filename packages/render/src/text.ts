/**
 * Measuring and wrapping labels without a DOM. Widths are estimated from character classes (a CJK
 * character is one em; Latin letters and digits about half of one), erring wide so that text fits the
 * box in any of the fonts a reader may have. Lines break between CJK characters and at spaces, never
 * before closing punctuation (，。、）…) or after opening punctuation (（《“…), as Chinese typesetting
 * requires.
 */

/** Wide characters: CJK ideographs, kana, hangul, fullwidth forms and CJK punctuation. */
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/;
/** May not start a line. */
const closing = new Set([...'，。、；：！？）》」』】〕〉”’…—·,.;:!?)]}%％']);
/** May not end a line. */
const opening = new Set([...'（《「『【〔〈“‘([{']);

/** The estimated width of one character in ems. */
function charWidth(character: string): number {
  if (wide.test(character)) return 1;
  if (character === ' ') return 0.32;
  if (/[0-9]/.test(character)) return 0.58;
  if (/[A-Z]/.test(character)) return 0.68;
  if (/[ilj.,:;'|!]/.test(character)) return 0.3;
  if (/[a-z]/.test(character)) return 0.56;
  return 0.62;
}

/** The estimated width of text in pixels at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += charWidth(character);
  return Math.ceil(ems * fontSize);
}

/** Splits text into unbreakable pieces: one CJK character, or a Latin word with its trailing space, with punctuation held to its neighbour. */
function pieces(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  for (const character of text) {
    if (wide.test(character) || /\s/.test(character)) {
      if (word !== '') raw.push(word);
      word = '';
      if (/\s/.test(character)) {
        if (raw.length > 0) raw[raw.length - 1] += ' ';
      } else raw.push(character);
    } else word += character;
  }
  if (word !== '') raw.push(word);
  // Kinsoku: a closing mark joins the piece before it; an opening mark joins the piece after it.
  const joined: string[] = [];
  let carry = '';
  for (const piece of raw) {
    const first = [...piece][0]!;
    if (closing.has(first) && joined.length > 0 && carry === '') joined[joined.length - 1] += piece;
    else if (opening.has([...piece].at(-1)!) && [...piece].length === 1) carry += piece;
    else {
      joined.push(carry + piece);
      carry = '';
    }
  }
  if (carry !== '') joined.push(carry);
  return joined;
}

/**
 * Text wrapped into lines no wider than `maxWidth` pixels at `fontSize`. Newlines in the text are kept;
 * a word longer than a line is cut between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const piece of pieces(paragraph)) {
      if (textWidth((line + piece).trimEnd(), fontSize) <= maxWidth || line === '') {
        line += piece;
        // A piece wider than a whole line is cut between characters.
        while (textWidth(line.trimEnd(), fontSize) > maxWidth && [...line].length > 1) {
          const characters = [...line];
          let fit = 1;
          while (fit < characters.length && textWidth(characters.slice(0, fit + 1).join(''), fontSize) <= maxWidth) fit++;
          lines.push(characters.slice(0, fit).join(''));
          line = characters.slice(fit).join('');
        }
      } else {
        lines.push(line.trimEnd());
        line = piece;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.filter((line, index) => line !== '' || index === 0);
}
