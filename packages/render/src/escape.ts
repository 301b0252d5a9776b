/**
 * Escaping for everything Sunlit writes into HTML and SVG. Names, conditions and risks are plain text
 * that people typed; they reach a page only through these functions. Each function is for one place:
 * text between tags, a quoted attribute value, a URL in an attribute, a path segment of a URL.
 */

/** Characters that are never allowed in output text: C0/C1 controls (except tab and newline), lone surrogates, noncharacters. */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Whether text may hold a forbidden character (any control, surrogate or noncharacter): a cheap test first, as almost no text does. */
// eslint-disable-next-line no-control-regex
const suspect = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
/** Anything escapeText or escapeAttribute would change. */
// eslint-disable-next-line no-control-regex
const textSpecial = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const attributeSpecial = /[&<>"'`=\n\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/** Text with characters that no HTML or XML document may carry replaced by U+FFFD. */
export function cleanText(text: string): string {
  return suspect.test(text) ? text.replace(forbidden, '\ufffd') : text;
}

const textEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attributeEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/** Text for between tags in HTML or SVG (XML): `&`, `<` and `>` escaped, forbidden characters replaced. */
export function escapeText(text: string): string {
  if (!textSpecial.test(text)) return text;
  return cleanText(text).replace(/[&<>]/g, (character) => textEntities[character]!);
}

/**
 * A value for inside a double- or single-quoted attribute in HTML or SVG. Quotes, `<`, `>`, `&`,
 * backtick and `=` are escaped, and newlines and tabs become character references so that XML
 * attribute-value normalisation keeps them.
 */
export function escapeAttribute(value: string): string {
  if (!attributeSpecial.test(value)) return value;
  return cleanText(value)
    .replace(/[&<>"'`=]/g, (character) => attributeEntities[character]!)
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** One path segment of a URL (a power's code, a law's id): everything outside unreserved characters percent-encoded; `.` and `..` are refused. */
export function urlSegment(segment: string): string {
  if (segment === '' || segment === '.' || segment === '..') throw new Error(`not a usable URL segment: ${JSON.stringify(segment)}`);
  return encodeURIComponent(cleanText(segment)).replace(/[!'()*]/g, (character) => '%' + character.charCodeAt(0).toString(16).toUpperCase());
}

/** Schemes a link written in a catalogue may use; anything else (javascript:, data:, vbscript:, …) is dropped. */
const safeSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A URL written in a catalogue (a law's or a department's website), checked before it becomes an
 * href: absolute http(s), mailto or tel only. Returns the URL to put in an attribute (still to be
 * passed through `escapeAttribute`), or undefined when it is not safe to link.
 */
export function safeUrl(url: string): string | undefined {
  // Browsers strip leading and trailing controls and spaces and ignore tabs and newlines inside a URL.
  const trimmed = url.replace(/[\u0000-\u0020]/g, '');
  if (trimmed === '' || trimmed !== url.trim()) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined || !safeSchemes.has(scheme + ':')) return undefined;
  // http(s) needs a host; a backslash would be read as a slash by browsers.
  if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/\\?#@\s]+(?:[/?#]|$)/i.test(trimmed)) return undefined;
  return trimmed;
}

/** An `href="…"` attribute for a link to a page of the site (relative) or to a checked external URL. */
export function hrefAttribute(url: string): string {
  return `href="${escapeAttribute(url)}"`;
}

/**
 * A template tag for markup: every interpolated value is escaped as for an attribute value (which is
 * also safe between tags), except values made by `raw` or by this tag. URLs must still pass `safeUrl`.
 */
export function html(strings: TemplateStringsArray, ...values: readonly (string | number | Raw | readonly Raw[] | undefined)[]): Raw {
  let out = strings[0]!;
  values.forEach((value, index) => {
    if (value instanceof Raw) out += value.html;
    else if (Array.isArray(value)) out += value.map((item: Raw) => item.html).join('');
    else if (value !== undefined) out += escapeAttribute(String(value));
    out += strings[index + 1]!;
  });
  return new Raw(out);
}

/** Markup that is already safe (built by `html` or by the renderers). */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Marks markup as already safe. Use only on strings built from escaped parts. */
export function raw(markup: string): Raw {
  return new Raw(markup);
}
