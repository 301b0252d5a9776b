import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, escapeAttribute, escapeText, html, raw, safeUrl, urlSegment } from '../src/escape.js';

describe('escapeText', () => {
  it('escapes markup so that it reads as text', () => {
    expect(escapeText('<script>alert("x")</script> & <img src=x onerror=alert(1)>')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(escapeText('&lt;')).toBe('&amp;lt;');
    expect(escapeText(']]><!--')).toBe(']]&gt;&lt;!--');
  });
  it('keeps Chinese, emoji and newlines, and replaces characters no document may hold', () => {
    expect(escapeText('政府信息公开\n申请 😀')).toBe('政府信息公开\n申请 😀');
    expect(escapeText('a\u0000b\u0007c\u001bd\ufffe')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd');
    expect(cleanText('\ud800x\udc00')).toBe('\ufffdx\ufffd');
    expect(cleanText('\ud83d\ude00')).toBe('😀');
  });
  it('never leaves a < or an unescaped & (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeText(text);
        expect(out).not.toMatch(/</);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }),
    );
  });
});

describe('escapeAttribute', () => {
  it('cannot be broken out of, whichever quote the attribute uses', () => {
    expect(escapeAttribute(`" onmouseover="alert(1)`)).toBe('&quot; onmouseover&#61;&quot;alert(1)');
    expect(escapeAttribute(`' onfocus='x`)).toBe('&#39; onfocus&#61;&#39;x');
    expect(escapeAttribute('`x`')).toBe('&#96;x&#96;');
    expect(escapeAttribute('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
  });
  it('leaves no quote, angle bracket or bare ampersand (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeAttribute(text);
        expect(out).not.toMatch(/["'<>`\n]/);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/);
      }),
    );
  });
  it('round-trips through an HTML attribute parser', () => {
    const decode = (value: string) => value.replace(/&(amp|lt|gt|quot|#(\d+));/g, (_, name: string, code?: string) => (code ? String.fromCharCode(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[name]!));
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(decode(escapeAttribute(text))).toBe(cleanText(text));
      }),
    );
  });
});

describe('urls', () => {
  it('accepts web, mail and phone links only', () => {
    expect(safeUrl('https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm')).toBe('https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm');
    expect(safeUrl('mailto:gk@example.gov.cn')).toBe('mailto:gk@example.gov.cn');
    expect(safeUrl('tel:024-12345')).toBe('tel:024-12345');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '//evil.example', '/relative', 'http://', 'https:\\\\evil', 'http://user@evil', '', 'http://a b']) {
      expect(safeUrl(bad), bad).toBeUndefined();
    }
  });
  it('percent-encodes path segments and refuses dot segments', () => {
    expect(urlSegment('SY-XK-0001')).toBe('SY-XK-0001');
    expect(urlSegment('a/b?c#d')).toBe('a%2Fb%3Fc%23d');
    expect(urlSegment('行政许可法')).toBe('%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF%E6%B3%95');
    expect(urlSegment("x'\"()<>")).toBe('x%27%22%28%29%3C%3E');
    expect(() => urlSegment('..')).toThrow();
    expect(() => urlSegment('.')).toThrow();
    expect(() => urlSegment('')).toThrow();
  });
});

describe('html', () => {
  it('escapes every value and keeps markup made by html or raw', () => {
    const name = '<b onclick="x">名称</b>';
    const inner = html`<em>${name}</em>`;
    expect(html`<p title="${name}">${inner}${[raw('<br>'), raw('<hr>')]}${undefined}${42}</p>`.html).toBe(
      '<p title="&lt;b onclick&#61;&quot;x&quot;&gt;名称&lt;/b&gt;"><em>&lt;b onclick&#61;&quot;x&quot;&gt;名称&lt;/b&gt;</em><br><hr>42</p>',
    );
  });
});
