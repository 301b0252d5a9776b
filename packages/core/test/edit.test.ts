/** @sunlit/core/edit: edits change only what they change; every other byte of the file stays. */
import { describe, expect, it } from 'vitest';
import { isMap, type Document } from 'yaml';
import {
  addState,
  addTransition,
  deleteState,
  deleteTransition,
  editYaml,
  EditError,
  newPowerText,
  renameEvent,
  renameState,
  setPositions,
  setPowerField,
  setStateField,
  setTransition,
} from '../src/edit/index.js';
import { loadCatalogue, memorySource } from '../src/index.js';
import { parseYaml } from '../src/yaml.js';
import { allYamlFiles, catalogues, lineDiff } from './edit-support.js';

const files = allYamlFiles();
const edit = catalogues().find((catalogue) => catalogue.name === 'edit')!;
const commented = edit.files['powers/commented.yaml']!;
const crlf = edit.files['powers/crlf.yaml']!;

/** Odd but valid YAML a person or another tool may write. */
const odd: Record<string, string> = {
  'no trailing newline': 'a: 1\nb: [x, y]',
  'mixed line endings': 'a: 1\r\nb: 2\nc:\r\n  - 3\n',
  'document markers': '%YAML 1.2\n---\na: 1 # one\n...\n',
  'json style': '{\n  "code": "X",\n  "flow": {"initial": "a", "states": {"a": {"type": "final"}}}\n}\n',
  'anchors and aliases': 'base: &base { unit: workday, within: 5 }\nother: *base\nlist: [*base, *base]\n',
  'quoted keys and escapes': '"a b": \'it\'\'s\'\n\'c\': "tab\\there \\u4e2d"\n',
  'block scalars': 'keep: |+\n  text\n\nfold: >-\n  one\n  two\nnext: 1\n',
  'multi-line plain scalar': 'text: a long\n  plain scalar\n  over lines\nn: 2\n',
  'comments everywhere': '# head\n\n# before a\na: 1    # after a\n# between\nb:\n  # inside b\n  c: 2\n# tail\n',
  'trailing spaces and blank lines': 'a: 1   \n\n\n\nb: 2\n   \n',
  'four-space indent, unindented lists': 'top:\n    inner:\n        deep: 1\n    list:\n    - a\n    - b\n',
  'tabs in comments and text': 'a: "x\\ty"\t# tab before comment\nb: 1\n',
  'long lines': `text: ${'很长的一行文字，'.repeat(30)}\nlist: [${Array.from({ length: 40 }, (_, index) => `item-${index}`).join(', ')}]\n`,
  'empty document': '',
  'only comments': '# nothing here\n',
  'bom only': '\ufeffa: 1\n',
};

describe('editYaml', () => {
  const all = { ...files, ...Object.fromEntries(Object.entries(odd).map(([name, text]) => [`odd: ${name}`, text])) };

  it.each(Object.keys(all))('with no change gives back %s byte for byte', (name) => {
    const text = all[name]!;
    expect(editYaml(text, () => undefined)).toBe(text);
    // Setting a value to what it already is is no change either.
    expect(editYaml(text, (doc) => { if (isMap(doc.contents) && doc.contents.items[0]) doc.contents.items[0].value = doc.contents.items[0].value; })).toBe(text);
  });

  // A root written as one flow mapping over several lines (JSON) cannot be edited line by line:
  // its lines are yaml's after an edit.
  it.each(Object.keys(all).filter((name) => !/empty document|only comments|json style/.test(name)))('adding a key to %s changes no other line', (name) => {
    const text = all[name]!;
    const edited = editYaml(text, (doc: Document) => {
      if (isMap(doc.contents)) doc.contents.set('x-edit', 1);
    });
    const { removed, added } = lineDiff(text, edited);
    // A last line without a newline gets one (\r\n in a CRLF file).
    const last = text.split('\n').pop()!;
    expect(removed.filter((line) => line !== last)).toEqual([]);
    expect(added.filter((line) => line !== last && line !== last + '\r').map((line) => line.replace(/\r$/, ''))).toEqual(['x-edit: 1']);
    const parsed = parseYaml(edited.replace(/^\ufeff/, ''));
    expect(parsed.ok && (parsed.value as Record<string, unknown>)['x-edit']).toBe(1);
    expect(edited.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'));
  });

  it('refuses a text with YAML errors, saying where', () => {
    const error = captureError(() => editYaml('a: 1\nb: [1, 2\nc: 3\n', () => undefined));
    expect(error.id).toBe('yaml-invalid');
    expect(error.message).toMatch(/第 \d+ 行/);
    expect(error.messageIn('en')).toMatch(/^Line \d+/);
    expect(captureError(() => editYaml('a: 1\na: 2\n', () => undefined)).id).toBe('yaml-invalid');
  });

  it('keeps CRLF line endings and the byte-order mark', () => {
    const edited = renameState(crlf, '', ['登记'], '收件');
    expect(edited.startsWith('\ufeff')).toBe(true);
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
    expect(edited.endsWith('outcome: decided }')).toBe(true);
    expect(lineDiff(crlf, edited)).toEqual({
      removed: ['  reply: { within: 20, unit: workday, from: 登记, until: [答复] }  # 答复期限\r', '  initial: 登记\r', '    登记: { on: { 受理: 审查 } }\r'],
      added: ['  reply: { within: 20, unit: workday, from: 收件, until: [答复] }  # 答复期限\r', '  initial: 收件\r', '    收件: { on: { 受理: 审查 } }\r'],
    });
  });

  it('keeps aligned comments on a changed line', () => {
    const edited = renameState(commented, '', ['受理'], '受理登记');
    expect(lineDiff(commented, edited)).toEqual({
      removed: ['        from: 受理              # 受理之日起算', '            on: {提交: 受理}        # 行内映射', '        受理:', '                                发现问题: 受理        # 外层状态'],
      added: ['        from: 受理登记              # 受理之日起算', '            on: {提交: 受理登记}        # 行内映射', '        受理登记:', '                                发现问题: 受理登记        # 外层状态'],
    });
  });

  it('writes new lines with the indentation of the lines around them', () => {
    const edited = setTransition(commented, '', ['决定', '拟定'], '作出决定', 1, { description: '不符合' });
    expect(lineDiff(commented, edited)).toEqual({ removed: [], added: ['                          description: 不符合'] });
    const listed = setPowerField(commented, '', ['basis', 2], 'ogi-reg 1');
    expect(lineDiff(commented, listed)).toEqual({ removed: [], added: ['- ogi-reg 1'] });
  });
});

function captureError(run: () => unknown): EditError {
  try {
    run();
  } catch (error) {
    if (error instanceof EditError) return error;
    throw error;
  }
  throw new Error('no EditError');
}

/** Loads the edit fixture catalogue with one power file replaced. */
async function loadEdited(file: string, text: string) {
  return loadCatalogue('catalogue.yaml', memorySource({ ...edit.files, [file]: text }));
}

describe('operations on a hand-written power', () => {
  it('renames a nested state everywhere: clock pause, layout keys of it and its children', async () => {
    const edited = renameState(commented, '', ['联合审查', '现场核查'], '实地核查');
    expect(lineDiff(commented, edited)).toEqual({
      removed: ['        - 联合审查.现场核查     # 现场核查不计入', '                现场核查:', '        联合审查.现场核查: {x: 10, y: 20}', '        联合审查.现场核查.核查中: {x: 5, y: 5}'],
      added: ['        - 联合审查.实地核查     # 现场核查不计入', '                实地核查:', '        联合审查.实地核查: {x: 10, y: 20}', '        联合审查.实地核查.核查中: {x: 5, y: 5}'],
    });
    const { problems, catalogue } = await loadEdited('powers/commented.yaml', edited);
    expect(problems).toEqual([]);
    const power = catalogue!.powers.find((candidate) => candidate.code === 'ED-0001')!;
    expect(power.clocks[0]!.pause).toEqual(['联合审查.实地核查']);
    expect(Object.keys(power.layout!.nodes)).toContain('联合审查.实地核查.核查中');
  });

  it('renames a parent: dotted targets, clock until, layout, onDone', async () => {
    const edited = renameState(commented, '', ['决定'], '审批决定');
    expect(lineDiff(commented, edited).added).toEqual(['        until: [审批决定.准予, 审批决定.不予]', '            onDone: 审批决定', '        审批决定:', '        审批决定.准予: {x: 300, y: 40}']);
    expect((await loadEdited('powers/commented.yaml', edited)).problems).toEqual([]);
  });

  it('deletes a state with its children, the transitions into it, its layout and clock pauses', async () => {
    const edited = deleteState(commented, '', ['联合审查']);
    const { removed, added } = lineDiff(commented, edited);
    expect(added).toEqual([]);
    expect(removed).toContain('                受理完成: 联合审查');
    expect(removed).toContain('        - 联合审查.现场核查     # 现场核查不计入');
    expect(removed.filter((line) => line.includes('联合审查.现场核查:'))).toHaveLength(1);
    const { problems, catalogue } = await loadEdited('powers/commented.yaml', edited);
    expect(problems).toEqual([]);
    const power = catalogue!.powers.find((candidate) => candidate.code === 'ED-0001')!;
    expect(power.flow.states.map((state) => state.id)).toEqual(['申请', '受理', '决定']);
  });

  it('deletes the initial state of a level: the first remaining sibling becomes initial', async () => {
    const edited = deleteState(commented, '', ['申请']);
    expect(lineDiff(commented, edited).added).toEqual(['    initial: 受理']);
    expect((await loadEdited('powers/commented.yaml', edited)).problems).toEqual([]);
  });

  it('adds a state under a final state: initial before states, block style', async () => {
    const edited = addState(commented, '', ['决定', '准予'], '发证');
    expect(lineDiff(commented, edited)).toEqual({
      removed: ['                准予: {type: final, outcome: granted}'],
      added: ['                准予:', '                    type: final', '                    outcome: granted', '                    initial: 发证', '                    states:', '                        发证: {}'],
    });
  });

  it('refuses a new state whose name would change where an existing transition goes', () => {
    const error = captureError(() => addState(commented, '', ['联合审查', '书面审查'], '受理'));
    expect(error.id).toBe('target-ambiguous');
    expect(error.message).toContain('“联合审查.书面审查.审查中”');
  });

  it('rewrites a target that a new state would capture to a longer path that still reaches it', async () => {
    const text = [
      'code: X', 'name: n', 'category: other', 'department: office', 'basis: [ogi-reg 1]', 'flow:', '  initial: P', '  states:',
      '    P:', '      initial: A', '      states:', '        A:', '          initial: A1', '          states:',
      '            A1: { on: { go: B } }   # B is P.B', '        B: { type: final }', '',
    ].join('\n');
    const edited = addState(text, '', ['P', 'A'], 'B', { type: 'final' });
    expect(lineDiff(text, edited)).toEqual({
      removed: ['            A1: { on: { go: B } }   # B is P.B'],
      added: ['            A1: { on: { go: P.B } }   # B is P.B', '            B: { type: final }'],
    });
    const { problems, catalogue } = await loadEdited('powers/x.yaml', edited);
    expect(problems).toEqual([]);
    const power = catalogue!.powers.find((candidate) => candidate.code === 'X')!;
    expect(power.flow.states[0]!.states[0]!.states[0]!.transitions[0]!.target).toBe('P.B');
  });

  it('adds a transition, and a second target for an event turns into branches', async () => {
    const once = addTransition(commented, '', ['申请'], '撤回', '决定.不予');
    expect(lineDiff(commented, once)).toEqual({ removed: ['            on: {提交: 受理}        # 行内映射'], added: ['            on: {提交: 受理, 撤回: 决定.不予}        # 行内映射'] });
    const twice = addTransition(commented, '', ['受理'], '受理完成', '决定');
    expect(lineDiff(commented, twice)).toEqual({
      removed: ['                受理完成: 联合审查'],
      added: ['                受理完成:', '                - {target: 联合审查}', '                - {target: 决定}'],
    });
    expect((await loadEdited('powers/commented.yaml', twice)).problems).toEqual([]);
    expect(captureError(() => addTransition(commented, '', ['申请'], '提交', '受理')).id).toBe('transition-exists');
    expect(captureError(() => addTransition(commented, '', ['申请'], '提交', '没有')).id).toBe('state-not-found');
  });

  it('sets transition fields, renames and deletes events', async () => {
    const guarded = setTransition(commented, '', ['申请'], '提交', undefined, { guard: '网上', target: '决定' });
    expect(lineDiff(commented, guarded).added).toEqual(['            on: {提交: {target: 决定, guard: 网上}}        # 行内映射']);
    const renamed = renameEvent(commented, '', ['受理'], '延期', '延长期限');
    expect(lineDiff(commented, renamed).added).toEqual(['        extend: {by: 10, unit: workday, on: 延长期限, times: 1}', '                延长期限: {checkpoint: {kind: approval, by: 负责人}}']);
    const deleted = deleteTransition(commented, '', ['决定', '拟定'], '作出决定', 0);
    expect(lineDiff(commented, deleted)).toEqual({ removed: ['                        - {target: 准予, guard: 符合条件}'], added: [] });
    for (const text of [guarded, renamed, deleted]) expect((await loadEdited('powers/commented.yaml', text)).problems).toEqual([]);
    expect(captureError(() => renameEvent(commented, '', ['受理'], '延期', '受理完成')).id).toBe('event-exists');
    expect(captureError(() => deleteTransition(commented, '', ['受理'], '没有')).id).toBe('event-not-found');
    expect(captureError(() => setTransition(commented, '', ['受理'], '受理完成', 3, { guard: 'g' })).id).toBe('branch-not-found');
  });

  it('writes positions as whole numbers in flow style, and removes them', async () => {
    const edited = setPositions(commented, '', { 申请: { x: 1.4, y: -0.3 }, '决定.准予': undefined, 受理: { x: 3, y: 4, width: 100.6 } });
    expect(lineDiff(commented, edited)).toEqual({
      removed: ['        申请: {x: 0, y: 0}', '        决定.准予: {x: 300, y: 40}'],
      added: ['        申请: {x: 1, y: 0}', '        受理: {x: 3, y: 4, width: 101}'],
    });
    const fresh = setPositions(crlf, '', { 登记: { x: 10, y: 20 } });
    expect(fresh.endsWith('\r\nlayout:\r\n  nodes:\r\n    登记: { x: 10, y: 20 }')).toBe(true);
    expect(captureError(() => setPositions(commented, '', { 申请: { x: Number.NaN, y: 0 } })).id).toBe('invalid-position');
  });

  it('sets and removes fields of the power and of states, keeping the rest of the value', () => {
    const edited = setStateField(commented, '', ['受理'], 'deadline', { within: 5, unit: 'workday' });
    expect(lineDiff(commented, edited)).toEqual({ removed: [], added: ['            deadline: {within: 5, unit: workday}'] });
    const within = setPowerField(commented, '', ['limits', 'promised', 'within'], 10);
    expect(lineDiff(commented, within)).toEqual({ removed: ['    promised:  {within: 15, unit: workday}'], added: ['    promised:  {within: 10, unit: workday}'] });
    const removed = setPowerField(commented, '', ['limits', 'promised'], undefined);
    expect(lineDiff(commented, removed)).toEqual({ removed: ['    promised:  {within: 15, unit: workday}'], added: [] });
    const name = setPowerField(commented, '', ['name'], '新名称');
    expect(lineDiff(commented, name).added).toEqual(['name:     "新名称"   # 名称带引号']);
  });
});

describe('refused edits', () => {
  const ids = [
    ['__proto__', 'reserved-name'],
    ['constructor', 'reserved-name'],
    [' 前导空格', 'invalid-state-id'],
    ['', 'invalid-state-id'],
    ['上级.下级', 'invalid-state-id'],
    ['#号', 'invalid-state-id'],
    ['$开头', 'invalid-state-id'],
  ] as const;

  it.each(ids)('state id %j is refused with %s', (id, code) => {
    for (const run of [() => addState(commented, '', [], id), () => renameState(commented, '', ['受理'], id)]) {
      const error = captureError(run);
      expect(error.id).toBe(code);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageIn('en')).toMatch(/^[A-Z"]/);
      expect(error.messageIn('zh-Hant')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('refuses bad event names, paths, unknown states and powers, and values YAML cannot hold', () => {
    expect(captureError(() => addTransition(commented, '', ['申请'], 'a.b', '受理')).id).toBe('invalid-event-name');
    expect(captureError(() => renameEvent(commented, '', ['受理'], '延期', '__proto__')).id).toBe('reserved-name');
    expect(captureError(() => setPowerField(commented, '', [], 1)).id).toBe('invalid-path');
    expect(captureError(() => setPowerField(commented, '', ['__proto__', 'x'], 1)).id).toBe('reserved-name');
    expect(captureError(() => setStateField(commented, '', ['没有'], 'actor', 'x')).id).toBe('state-not-found');
    expect(captureError(() => setPowerField(commented, '/powers/0', ['name'], 'x')).id).toBe('not-a-power');
    expect(captureError(() => setPowerField(commented, '', ['name'], () => 1)).id).toBe('invalid-value');
    expect(captureError(() => setPowerField(commented, '', ['x-data'], { __proto__: null, constructor: 1 })).id).toBe('invalid-value');
    expect(captureError(() => setPowerField(commented, '', ['name', 'inner'], 'x')).id).toBe('not-a-mapping');
    expect(captureError(() => setPositions(commented, '', { '#x': { x: 0, y: 0 } })).id).toBe('invalid-target');
  });

  it('leaves no prototype polluted', () => {
    setPowerField(commented, '', ['x-data'], JSON.parse('{"a": {"b": 1}}'));
    const hostile = '__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 1 } }\ncode: X\n';
    expect(setPowerField(hostile, '', ['name'], 'n')).toBe(hostile + 'name: n\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses hostile YAML quickly, before the yaml package parses it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill('*' + 'abcdefghij'[index]).join(', ')}]`), ''].join('\n');
    for (const text of ['a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n', 'a: ' + '{b: '.repeat(100_000) + '1' + '}'.repeat(100_000) + '\n', bomb]) {
      const started = performance.now();
      expect(captureError(() => setPowerField(text, '', ['b'], 1)).id).toBe('yaml-invalid');
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('takes any text as a state name, markup included, as plain text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const edited = renameState(commented, '', ['受理'], name);
    const { problems, catalogue } = await loadEdited('powers/commented.yaml', edited);
    expect(problems).toEqual([]);
    expect(catalogue!.powers.find((power) => power.code === 'ED-0001')!.flow.states[1]!.id).toBe(name);
  });
});

describe('newPowerText', () => {
  it('writes a power from its template with the schema line, and it validates', async () => {
    const text = newPowerText({ code: 'ED-0100', name: '新事项', department: 'office', category: 'licensing' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/power.schema.json');
    expect(text).toMatch(/^code: ED-0100$/m);
    expect(text).toMatch(/^ {6}on: \{ [^}]+ \}$/m);
    const files = { ...edit.files, 'powers/new.yaml': text, 'catalogue.yaml': edit.files['catalogue.yaml']!.replace('laws:\n', 'laws:\n  - { id: admin-licensing-x, title: x }\n') };
    const { problems } = await loadCatalogue('catalogue.yaml', memorySource(files));
    expect(problems.filter((problem) => problem.code !== 'unknown-law')).toEqual([]);
    expect(newPowerText({ code: 'A', name: 'b', department: 'office' }, { schema: 'power.schema.json' }).split('\n')[0]).toBe('# yaml-language-server: $schema=power.schema.json');
  });
});

describe('docs/embedding.md', () => {
  it('runs its example on the example power as shown', async () => {
    const shenyang = catalogues().find((catalogue) => catalogue.name === 'shenyang')!;
    const { catalogue } = await loadCatalogue('catalogue.yaml', memorySource(shenyang.files));
    const power = catalogue!.powers.find((candidate) => candidate.code === 'SY-QT-0001')!;
    const pointer = power.source.pointer;
    let text = shenyang.files[power.source.file]!;
    text = addState(text, pointer, [], '复核', { step: 'review', actor: '法制机构' });
    text = addTransition(text, pointer, ['审查'], '送复核', '复核');
    text = renameState(text, pointer, ['登记'], '登记受理');
    text = setStateField(text, pointer, ['复核'], 'deadline', { within: 5, unit: 'workday' });
    text = setPositions(text, pointer, { 复核: { x: 420, y: 160 } });
    const error = captureError(() => renameState(text, pointer, ['复核'], 'a.b'));
    expect([error.id, error.message]).toEqual(['invalid-state-id', '状态名“a.b”无效：不能为空，不能含 . 或 #，不能以 $ 或空白开头。']);
    const reloaded = await loadCatalogue('catalogue.yaml', memorySource({ ...shenyang.files, [power.source.file]: text }));
    expect(reloaded.problems).toEqual([]);
    const edited = reloaded.catalogue!.powers.find((candidate) => candidate.code === 'SY-QT-0001')!;
    expect(edited.flow.states.map((state) => state.id)).toContain('登记受理');
    expect(edited.layout!.nodes['复核']).toEqual({ x: 420, y: 160 });
    expect(lineDiff(shenyang.files[power.source.file]!, text).removed.every((line) => line.includes('登记'))).toBe(true);
  });
});
