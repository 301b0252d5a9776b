/**
 * From documents to the typed model: resolves references (departments, laws, transition targets,
 * clock states, calendars) and reports every one that does not resolve.
 *
 * Documents are read defensively: a node of the wrong shape is skipped (the schema reports it), so
 * that reference problems are found in the same run as schema problems. A model built from a
 * document that failed the schema is never handed out.
 */
import type {
  CalendarDefinition,
  Catalogue,
  Checkpoint,
  Clock,
  Deadline,
  Department,
  Extensions,
  Flow,
  Law,
  LawRef,
  Layout,
  LayoutNode,
  Period,
  Power,
  Right,
  Risk,
  RuleSetting,
  SourceRef,
  State,
  StateKind,
  Transition,
} from './model.js';
import type { LintCheckpoint, LintClock, LintDiscretion, LintFlow, LintPeriod, LintPower, LintRef, LintRight, LintRisk, LintState, LintTransition } from './lint/view.js';
import { ruleIds } from './messages/index.js';
import { finding, toPointer, type Finding } from './problems.js';
import { closest, isDate } from './text.js';
import type {
  BasisRole,
  Category,
  CheckpointKind,
  Level,
  Locale,
  Outcome,
  PeriodUnit,
  RightKind,
  RiskLevel,
  Step,
  Target,
} from './vocabulary.js';

/** Calendars every catalogue may use without declaring them. */
export const builtInCalendars: readonly string[] = ['cn-mainland'];

type Path = readonly (string | number)[];

/** The schema's pattern of a state path: what the schema has not already refused. */
export const statePathPattern = /^[^.#$\s][^.#]*(\.[^.#$\s][^.#]*)*$/;
type Node = Readonly<Record<string, unknown>>;

// Readers that take whatever the document holds and give back only well-shaped values.
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const node = (value: unknown): Node => (isNode(value) ? value : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const whole = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
// Empty lists and extension maps are shared: most model objects have them, and a catalogue has many objects.
const none: readonly never[] = Object.freeze([]);
const noExtensions: Extensions = Object.freeze({});
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : none);
const texts = (value: unknown): readonly string[] => {
  if (!Array.isArray(value) || value.length === 0) return none;
  return value.every((item) => typeof item === 'string') ? (value as string[]) : value.filter((item): item is string => typeof item === 'string');
};
/** A vocabulary value as written; the schema has checked it when the model is used. */
const term = <T extends string>(value: unknown): T | undefined => text(value) as T | undefined;

function extensionsOf(raw: Node): Extensions {
  let extensions: Record<string, unknown> | undefined;
  for (const key in raw) if (key.startsWith('x-')) (extensions ??= {})[key] = raw[key];
  return extensions ?? noExtensions;
}

/** The entries of an object whose value is defined, so that optional model fields stay absent. */
function defined<T extends Record<string, unknown>>(entries: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const result: Record<string, unknown> = {};
  for (const key in entries) if (entries[key] !== undefined) result[key] = entries[key];
  return result as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A citation written "<law id> <article>[.<clause>[.<item>]]", split once per distinct text. */
interface Citation {
  readonly lawId: string;
  readonly article: string;
  readonly clause?: string;
  readonly item?: string;
}
const citationPattern = /^([a-z0-9][a-z0-9-]*) ([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?$/;
const citations = new Map<string, Citation | null>();
/** Splits a citation (not cached). */
export function parseCitation(ref: string): Citation | null {
  const match = citationPattern.exec(ref);
  if (!match) return null;
  const parsed: { -readonly [K in keyof Citation]: Citation[K] } = { lawId: match[1]!, article: match[2]! };
  if (match[3] !== undefined) parsed.clause = match[3];
  if (match[4] !== undefined) parsed.item = match[4];
  return parsed;
}
/**
 * Where the law id of a citation ends (at its space), or -1 when `ref` is not a citation: the test
 * of citationPattern, made by reading characters (no match array, no substrings).
 */
export function citationSpace(ref: string): number {
  const length = ref.length;
  const first = ref.charCodeAt(0);
  if (!((first >= 97 && first <= 122) || (first >= 48 && first <= 57))) return -1;
  let at = 1;
  for (; at < length; at++) {
    const code = ref.charCodeAt(at);
    if (code === 32) break;
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) return -1;
  }
  if (at >= length) return -1;
  const space = at;
  // The article, then at most a clause and an item: digits, separated by single dots.
  for (let parts = 0; parts < 3; parts++) {
    const start = ++at;
    while (at < length && ref.charCodeAt(at) >= 48 && ref.charCodeAt(at) <= 57) at++;
    if (at === start) return -1;
    if (at === length) return space;
    if (ref.charCodeAt(at) !== 46) return -1;
  }
  return -1;
}

function citation(ref: string): Citation | undefined {
  let parsed = citations.get(ref);
  if (parsed === undefined) {
    parsed = parseCitation(ref);
    if (citations.size < 100_000) citations.set(ref, parsed);
  }
  return parsed ?? undefined;
}

/** A citation resolved against a catalogue's laws: the law, and the cited text if the registry has it. */
interface ResolvedCitation {
  readonly law: Law;
  readonly article: string;
  readonly clause?: string;
  readonly item?: string;
  readonly text?: string;
}

/** Citations resolved once per catalogue (its laws do not change while it loads), by the text written. */
const resolvedCitations = new WeakMap<CatalogueContext, Map<string, ResolvedCitation | null>>();

/** The cache of resolved citations of a catalogue. */
function citationCache(context: CatalogueContext): Map<string, ResolvedCitation | null> {
  let cache = resolvedCitations.get(context);
  if (cache === undefined) resolvedCitations.set(context, (cache = new Map()));
  return cache;
}

function resolveCitation(ref: string, context: CatalogueContext, cache: Map<string, ResolvedCitation | null>): ResolvedCitation | undefined {
  let resolved = cache.get(ref);
  if (resolved === undefined) {
    const cited = parseCitation(ref);
    const law = cited === null ? undefined : context.laws.get(cited.lawId);
    if (cited === null || law === undefined) resolved = null;
    else {
      const { article, clause, item } = cited;
      const articleText =
        (item !== undefined ? law.articles[`${article}.${clause}.${item}`] : undefined) ??
        (clause !== undefined ? law.articles[`${article}.${clause}`] : undefined) ??
        law.articles[article];
      const result: { -readonly [K in keyof ResolvedCitation]: ResolvedCitation[K] } = { law, article };
      if (clause !== undefined) result.clause = clause;
      if (item !== undefined) result.item = item;
      if (articleText !== undefined) result.text = articleText;
      resolved = result;
    }
    if (cache.size < 100_000) cache.set(ref, resolved);
  }
  return resolved ?? undefined;
}

/** The parts of a catalogue that its powers refer to. */
export interface CatalogueContext {
  readonly departments: ReadonlyMap<string, Department>;
  readonly laws: ReadonlyMap<string, Law>;
  readonly calendars: ReadonlySet<string>;
}

/** The catalogue without its powers, what its powers may refer to, and what did not resolve. */
export interface CatalogueHead {
  readonly head: Omit<Catalogue, 'powers'>;
  readonly context: CatalogueContext;
  readonly findings: Finding[];
}

function unknownCalendar(file: string, path: Path, value: string, known: ReadonlySet<string>): Finding {
  return finding(file, path, 'unknown-calendar', { value, place: path, allowed: [...known], suggestion: closest(value, known) });
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Builds the catalogue entry (everything but the powers). */
export function buildCatalogueHead(value: unknown, file: string): CatalogueHead {
  const raw = node(value);
  const findings: Finding[] = [];
  const source = (path: Path): SourceRef => ({ file, pointer: toPointer(path) });

  /** A list of entries with ids, by id; an id used twice is reported at its second use. */
  const registry = <T>(field: 'departments' | 'laws', build: (entry: Node, id: string, path: Path) => T): Map<string, T> => {
    const entries = new Map<string, T>();
    list(raw[field]).forEach((item, index) => {
      const entry = node(item);
      const id = text(entry.id);
      const path = [field, index];
      if (id === undefined) return;
      if (entries.has(id)) findings.push(finding(file, [...path, 'id'], 'duplicate-id', { value: id, field, place: path }));
      else entries.set(id, build(entry, id, path));
    });
    return entries;
  };

  const departments = registry('departments', (department, id, path): Department => ({
    id,
    name: text(department.name) ?? id,
    ...defined({ phone: text(department.phone), address: text(department.address), website: text(department.website) }),
    extensions: extensionsOf(department),
    source: source(path),
  }));

  const laws = registry('laws', (law, id, path): Law => {
    const articles: Record<string, string> = {};
    for (const [number, article] of Object.entries(node(law.articles))) if (typeof article === 'string') articles[number] = article;
    return {
      id,
      title: text(law.title) ?? id,
      ...defined({ issuer: text(law.issuer), version: text(law.version), effective: text(law.effective), url: text(law.url) }),
      articles,
      extensions: extensionsOf(law),
      source: source(path),
    };
  });

  const declared = node(raw.calendars);
  const calendarIds = new Set<string>([...builtInCalendars, ...Object.keys(declared)]);
  const calendars: CalendarDefinition[] = [];
  for (const [id, item] of Object.entries(declared)) {
    const calendar = node(item);
    const path = ['calendars', id];
    const base = text(calendar.extends);
    if (base !== undefined && (!calendarIds.has(base) || base === id)) findings.push(unknownCalendar(file, [...path, 'extends'], base, calendarIds));
    for (const key of ['holidays', 'workdays'] as const) {
      list(calendar[key]).forEach((entry, index) => {
        if (typeof entry !== 'string' || !/^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$/.test(entry)) return;
        const [start = '', end = start] = entry.split('..');
        if (!isDate(start) || !isDate(end)) findings.push(finding(file, [...path, key, index], 'invalid-date', { value: entry, place: [...path, key, index] }));
        else if (start > end) findings.push(finding(file, [...path, key, index], 'invalid-date-range', { value: entry, place: [...path, key, index] }));
      });
    }
    calendars.push({
      id,
      ...defined({ name: text(calendar.name), extends: base, note: text(calendar.note) }),
      holidays: texts(calendar.holidays),
      workdays: texts(calendar.workdays),
      source: source(path),
    });
  }
  const calendar = text(raw.calendar) ?? 'cn-mainland';
  if (!calendarIds.has(calendar) && /^[a-z0-9][a-z0-9-]*$/.test(calendar)) findings.push(unknownCalendar(file, ['calendar'], calendar, calendarIds));

  const timezone = text(raw.timezone) ?? 'Asia/Shanghai';
  if (timezone !== '' && !isTimeZone(timezone)) findings.push(finding(file, ['timezone'], 'unknown-timezone', { value: timezone }));

  const lint: Record<string, RuleSetting> = {};
  for (const [rule, setting] of Object.entries(node(raw.lint))) {
    if (setting === 'off' || setting === 'warn' || setting === 'error') lint[rule] = setting;
    if (!(ruleIds as readonly string[]).includes(rule))
      findings.push(finding(file, ['lint', rule], 'unknown-rule', { value: rule, allowed: ruleIds, suggestion: closest(rule, ruleIds) }, { at: 'key', severity: 'warning' }));
  }

  const head: Omit<Catalogue, 'powers'> = {
    version: 1,
    id: text(raw.id) ?? '',
    title: text(raw.title) ?? '',
    authority: text(raw.authority) ?? '',
    edition: String(raw.edition ?? ''),
    ...defined({ effective: text(raw.effective), description: text(raw.description) }),
    locale: term<Locale>(raw.locale) ?? 'zh-Hans',
    timezone,
    calendar,
    calendars,
    departments: [...departments.values()],
    laws: [...laws.values()],
    lint,
    extensions: extensionsOf(raw),
    source: source([]),
  };
  return { head, context: { departments, laws, calendars: calendarIds }, findings };
}

/** A state as written, with its place in the flow and in the file. */
interface StateEntry {
  readonly raw: Node;
  readonly segments: readonly string[];
  /** The segments joined with ".": the state's path in the flow. */
  readonly dotted: string;
  readonly path: Path;
  /** The JSON pointer of `path`, built along with it. */
  readonly pointer: string;
}

/** Every state of a flow by its dotted path, and every event name the flow uses. */
interface FlowIndex {
  readonly states: ReadonlyMap<string, StateEntry>;
  readonly events: ReadonlySet<string>;
}

/** One segment of a JSON pointer (RFC 6901). */
function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** Indexes the states of a flow. A state of the wrong shape (the schema says so) still exists, so targets naming it resolve. */
function indexFlow(flow: Node, path: Path, pointer: string): FlowIndex {
  const states = new Map<string, StateEntry>();
  const events = new Set<string>();
  const visit = (written: Node, segments: readonly string[], at: Path, atPointer: string) => {
    for (const id in written) {
      const raw = node(written[id]);
      const joined = [...segments, id];
      const entry = { raw, segments: joined, dotted: joined.join('.'), path: [...at, id], pointer: `${atPointer}/${escapeSegment(id)}` };
      states.set(entry.dotted, entry);
      if (isNode(raw.on)) for (const event in raw.on) events.add(event);
      if (isNode(raw.states)) visit(raw.states, entry.segments, [...entry.path, 'states'], entry.pointer + '/states');
    }
  };
  visit(node(flow.states), [], [...path, 'states'], pointer + '/states');
  return { states, events };
}

/**
 * The index `checkPower` made of a flow, taken (once) by `buildPower` of the same power right
 * after it, so that the flow is walked once. Only the last one is held.
 */
let lastIndex: { readonly flow: Node; readonly pointer: string; readonly index: FlowIndex } | undefined;

function takeIndex(flow: Node, path: Path, pointer: string): FlowIndex {
  const held = lastIndex;
  lastIndex = undefined;
  return held !== undefined && held.flow === flow && held.pointer === pointer ? held.index : indexFlow(flow, path, pointer);
}

/**
 * Resolves a target (a name, or a dotted path) written in a state: among the state's siblings,
 * then level by level outwards to the top, then among the state's own children. Shared with the
 * editor's edits (../edit/), which must write targets that resolve exactly as loading does.
 */
export function resolveTarget(index: { readonly states: { has(path: string): boolean } }, target: string, from: readonly string[]): string | undefined {
  for (let depth = from.length - 1; depth >= 0; depth--) {
    const candidate = depth === 0 ? target : `${from.slice(0, depth).join('.')}.${target}`;
    if (index.states.has(candidate)) return candidate;
  }
  const child = `${from.join('.')}.${target}`;
  return index.states.has(child) ? child : undefined;
}

/** The branches of a transition as written: a target, an object, or a list of guarded objects. */
function branchesOf(written: unknown, path: Path): { raw: Node; path: Path; targetPath: Path }[] {
  if (typeof written === 'string') return [{ raw: { target: written }, path, targetPath: path }];
  if (Array.isArray(written)) return written.flatMap((item, index) => (isNode(item) ? [{ raw: item, path: [...path, index], targetPath: [...path, index, 'target'] }] : []));
  return isNode(written) ? [{ raw: written, path, targetPath: [...path, 'target'] }] : [];
}

/**
 * Completions that feed themselves. When a state is done its onDone is taken at once; the states that
 * transition enters may make a state done again (a compound state whose final child is entered, and
 * up from it each parallel state whose every region is then in a final state), whose onDone follows,
 * and so on. A chain that comes back to an onDone with the flow as it was the last time never
 * settles (XState spins on it for ever), so that onDone is an error here rather than a crash in a
 * replay. Each onDone is followed as XState takes it: the states inside the transition's domain
 * are left and the target entered with its default entry, its ancestors below the domain and every
 * region of a parallel state on the way. What the case left outside the domains taken is not known
 * and is taken as not final, so only a loop that happens whatever the case did is flagged.
 */
function checkDoneLoops(index: FlowIndex, file: string, findings: Finding[]): void {
  const isFinal = (entry: StateEntry) => entry.raw.type === 'final';
  const isParallel = (entry: StateEntry) => entry.raw.type === 'parallel';
  const childEntries = (entry: StateEntry) => childrenOf(index, entry).map((name) => index.states.get(`${entry.dotted}.${name}`)!);
  const parentOf = (entry: StateEntry) => index.states.get(entry.segments.slice(0, -1).join('.'));
  const within = (entry: StateEntry, ancestor: StateEntry) => entry.dotted.startsWith(ancestor.dotted + '.');
  const hasDone = (entry: StateEntry | undefined): entry is StateEntry => entry !== undefined && entry.raw.onDone !== undefined && !isFinal(entry);
  // A state and the states entered with it by default: initial children, and every region.
  const withDefaults = (state: StateEntry, entered: Set<StateEntry>): void => {
    const pending = [state];
    for (let at = 0; at < pending.length; at++) {
      const entry = pending[at]!;
      entered.add(entry);
      const initial = text(entry.raw.initial);
      for (const child of childEntries(entry)) if (isParallel(entry) || child.segments[child.segments.length - 1] === initial) pending.push(child);
    }
  };
  // XState's isInFinalState over the states known to be active.
  const inFinalState = (entry: StateEntry, active: ReadonlySet<StateEntry>): boolean => {
    const children = childEntries(entry);
    if (isParallel(entry)) return children.length > 0 && children.every((child) => inFinalState(child, active));
    if (children.length > 0) return children.some((child) => isFinal(child) && active.has(child));
    return isFinal(entry);
  };
  /** `source`'s onDone to `target` taken with `active` known active: what is known active after, and the states with onDone it makes done. */
  const step = (active: ReadonlySet<StateEntry>, source: StateEntry, target: StateEntry): { active: Set<StateEntry>; done: StateEntry[] } => {
    // The domain: the source when the target is it or inside it, else the nearest proper ancestor of the target that holds the source (undefined: the root).
    let domain: StateEntry | undefined = source;
    if (target !== source && !within(target, source)) {
      domain = parentOf(target);
      while (domain !== undefined && !within(source, domain)) domain = parentOf(domain);
    }
    const entered = new Set<StateEntry>();
    if (target === domain) {
      // An onDone to its own state does not leave it: only the state's children are entered again.
      const initial = text(target.raw.initial);
      for (const child of childEntries(target)) if (isParallel(target) || child.segments[child.segments.length - 1] === initial) withDefaults(child, entered);
    } else withDefaults(target, entered);
    const ancestors: StateEntry[] = [];
    for (let ancestor = parentOf(target); ancestor !== undefined && ancestor !== domain; ancestor = parentOf(ancestor)) ancestors.push(ancestor);
    if (domain !== undefined && target !== domain && isParallel(domain)) ancestors.push(domain);
    for (const ancestor of ancestors) {
      if (ancestor !== domain) entered.add(ancestor);
      if (!isParallel(ancestor)) continue;
      for (const region of childEntries(ancestor)) if (![...entered].some((state) => state === region || within(state, region))) withDefaults(region, entered);
    }
    const after = new Set([...active].filter((state) => domain !== undefined && !within(state, domain)));
    for (const state of entered) after.add(state);
    for (let ancestor = domain; ancestor !== undefined; ancestor = parentOf(ancestor)) after.add(ancestor);
    // Done events as XState raises them: the parent of each final state entered, then each parallel ancestor in a final state.
    const done = new Set<StateEntry>();
    for (const state of entered) {
      if (!isFinal(state)) continue;
      const parent = parentOf(state);
      if (parent !== undefined && !isParallel(parent)) done.add(parent);
      for (let marker = parent !== undefined && isParallel(parent) ? parent : parent && parentOf(parent); marker !== undefined && isParallel(marker) && inFinalState(marker, after); marker = parentOf(marker)) done.add(marker);
    }
    return { active: after, done: [...done].filter(hasDone) };
  };
  // The onDone branch each state's done event takes: the first without a guard (a done event names
  // no guard label, so a guarded branch is never taken), when its target is a state.
  const branches = new Map<StateEntry, { targetPath: Path; target: string; targetEntry: StateEntry }[]>();
  for (const entry of index.states.values()) {
    if (!hasDone(entry)) continue;
    const taken = branchesOf(entry.raw.onDone, [...entry.path, 'onDone']).find((branch) => branch.raw.guard === undefined);
    const target = taken === undefined ? undefined : text(taken.raw.target);
    const resolved = target === undefined || !statePathPattern.test(target) ? undefined : resolveTarget(index, target, entry.segments);
    const targetEntry = resolved === undefined ? undefined : index.states.get(resolved);
    branches.set(entry, taken !== undefined && target !== undefined && targetEntry !== undefined ? [{ targetPath: taken.targetPath, target, targetEntry }] : []);
  }
  const known = (active: ReadonlySet<StateEntry>) => [...active].map((state) => state.dotted).sort().join('\u0000');
  const loops = (start: StateEntry, first: { targetEntry: StateEntry }): boolean => {
    // Depth first over the chains of completions, each onDone taken with what is known active then.
    const seen = new Set<string>();
    const ancestry = new Set<StateEntry>();
    for (let state: StateEntry | undefined = start; state !== undefined; state = parentOf(state)) ancestry.add(state);
    const pending: { active: ReadonlySet<StateEntry>; source: StateEntry; target: StateEntry; first: boolean }[] = [{ active: ancestry, source: start, target: first.targetEntry, first: true }];
    for (let steps = 0; pending.length > 0 && steps < 10_000; steps++) {
      const { active, source, target, first: isFirst } = pending.pop()!;
      if (!isFirst && source === start && target === first.targetEntry) {
        const key = known(active);
        if (seen.has(key)) return true;
        seen.add(key);
      }
      const after = step(active, source, target);
      for (const caused of after.done) for (const branch of branches.get(caused) ?? []) pending.push({ active: after.active, source: caused, target: branch.targetEntry, first: false });
    }
    return false;
  };
  for (const [entry, list] of branches) {
    for (const branch of list) {
      if (loops(entry, branch)) findings.push(finding(file, branch.targetPath, 'ondone-loop', { value: branch.target, place: [...entry.path, 'onDone'] }));
    }
  }
}

/** The children of a state that exist in the index, in the order written. */
function childrenOf(index: FlowIndex, entry: StateEntry): string[] {
  const prefix = entry.dotted + '.';
  return isNode(entry.raw.states) ? Object.keys(entry.raw.states).filter((child) => index.states.has(prefix + child)) : [];
}

function stateKind(entry: StateEntry, children: readonly string[]): StateKind {
  const type = entry.raw.type;
  return type === 'final' || type === 'parallel' ? type : children.length > 0 ? 'compound' : 'atomic';
}

/** What was probably meant by a state name that does not resolve: the path ending in it, or a near spelling. */
function suggestState(index: FlowIndex, written: string): string | undefined {
  const ending = [...index.states.keys()].filter((path) => path.endsWith('.' + written));
  return ending.length === 1 ? ending[0] : closest(written, index.states.keys());
}

/**
 * Checks every reference of the power at `base` of `file`: department, laws, initial states,
 * targets, clock states and events, calendars, layout. Reads any document, whatever its shape;
 * allocates little, so that a catalogue is checked at the speed it is parsed.
 */
export function checkPower(value: unknown, file: string, base: Path, context: CatalogueContext): Finding[] {
  const raw = node(value);
  const findings: Finding[] = [];
  const at = (...path: Path): Path => [...base, ...path];
  const flow = node(raw.flow);
  const flowPath = at('flow');
  const flowPointer = toPointer(flowPath);
  const index = indexFlow(flow, flowPath, flowPointer);
  lastIndex = { flow, pointer: flowPointer, index };

  /** Checks that every citation in the `basis` list of `holder` (at `path`, then `more`) names a law of the registry. */
  const checkBasis = (holder: unknown, path: Path, ...more: (string | number)[]) => {
    const basis = isNode(holder) ? holder.basis : undefined;
    if (!Array.isArray(basis)) return;
    for (let position = 0; position < basis.length; position++) {
      const entry: unknown = basis[position];
      const ref = typeof entry === 'string' ? entry : isNode(entry) ? entry.ref : undefined;
      if (typeof ref !== 'string') continue;
      // Most citations name a known law: that needs no parsing.
      const space = ref.indexOf(' ');
      if (space > 0 && context.laws.has(ref.slice(0, space))) continue;
      const cited = citation(ref);
      if (cited === undefined || context.laws.has(cited.lawId)) continue; // malformed: the schema says so
      const place = [...path, ...more, 'basis', position];
      findings.push(finding(file, typeof entry === 'string' ? place : [...place, 'ref'], 'unknown-law', { value: cited.lawId, place, suggestion: closest(cited.lawId, context.laws.keys()) }));
    }
  };
  // The basis lists a power has outside its flow and clocks: the places the schema allows one.
  checkBasis(raw, base);
  const limits = node(raw.limits);
  checkBasis(limits.statutory, base, 'limits', 'statutory');
  checkBasis(limits.promised, base, 'limits', 'promised');
  for (const field of ['fees', 'rights', 'accountability', 'discretion'] as const) {
    const items = list(raw[field]);
    for (let position = 0; position < items.length; position++) {
      checkBasis(items[position], base, field, position);
      if (field === 'rights') checkBasis(node(items[position]).within, base, field, position, 'within');
    }
  }

  const department = text(raw.department);
  if (department !== undefined && !context.departments.has(department) && /^[a-z0-9][a-z0-9-]*$/.test(department)) {
    findings.push(finding(file, at('department'), 'unknown-department', { value: department, suggestion: closest(department, context.departments.keys()) }));
  }

  const checkCalendar = (calendar: unknown, path: Path) => {
    if (typeof calendar === 'string' && !context.calendars.has(calendar)) findings.push(unknownCalendar(file, path, calendar, context.calendars));
  };

  for (const entry of index.states.values()) {
    const { raw: state, path } = entry;
    const children = childrenOf(index, entry);
    const kind = stateKind(entry, children);
    const initial = text(state.initial);
    if (kind === 'final') {
      for (const field of ['on', 'onDone'] as const) {
        if (state[field] !== undefined) findings.push(finding(file, [...path, field], 'final-state-has-exits', { field, place: path }, { at: 'key' }));
      }
      if (state.states !== undefined) findings.push(finding(file, [...path, 'states'], 'final-state-has-states', { place: path }, { at: 'key' }));
    }
    if (kind === 'parallel') {
      if (initial !== undefined) findings.push(finding(file, [...path, 'initial'], 'parallel-with-initial', { place: path }, { at: 'key' }));
      if (children.length === 0) findings.push(finding(file, path, 'parallel-without-regions', { place: path }, { at: 'key' }));
    }
    if (kind === 'compound') {
      if (initial === undefined) findings.push(finding(file, path, 'missing-initial', { place: path }, { at: 'key' }));
      else if (!children.includes(initial)) findings.push(finding(file, [...path, 'initial'], 'unknown-initial', { value: initial, place: path, suggestion: closest(initial, children) }));
    }
    if (kind === 'atomic' && initial !== undefined) findings.push(finding(file, [...path, 'initial'], 'unknown-initial', { value: initial, place: path }));
    if (kind === 'atomic' && state.onDone !== undefined) {
      findings.push(finding(file, [...path, 'onDone'], 'ondone-on-atomic', { place: path }, { at: 'key', severity: 'warning' }));
    }
    if (isNode(state.deadline)) checkCalendar(state.deadline.calendar, [...path, 'deadline', 'calendar']);
    checkBasis(state, path);
    checkBasis(state.deadline, path, 'deadline');
    checkBasis(state.checkpoint, path, 'checkpoint');
    const exits: [unknown, Path][] = isNode(state.on) ? Object.entries(state.on).map(([event, written]) => [written, [...path, 'on', event]]) : [];
    if (state.onDone !== undefined) exits.push([state.onDone, [...path, 'onDone']]);
    for (const [written, exitPath] of exits) {
      for (const branch of branchesOf(written, exitPath)) {
        checkBasis(branch.raw, branch.path);
        checkBasis(branch.raw.checkpoint, branch.path, 'checkpoint');
        if (exitPath[exitPath.length - 1] === 'onDone' && kind === 'atomic') continue;
        const target = text(branch.raw.target);
        if (target === undefined || !statePathPattern.test(target) || resolveTarget(index, target, entry.segments) !== undefined) continue;
        findings.push(finding(file, branch.targetPath, 'unknown-target', { value: target, place: exitPath, suggestion: suggestState(index, target) }));
      }
    }
  }

  checkDoneLoops(index, file, findings);

  const topLevel = Object.keys(node(flow.states));
  const initial = text(flow.initial);
  if (initial !== undefined && topLevel.length > 0 && !topLevel.includes(initial)) {
    findings.push(finding(file, at('flow', 'initial'), 'unknown-initial', { value: initial, place: at('flow'), suggestion: closest(initial, topLevel) }));
  }

  for (const [id, item] of Object.entries(node(raw.clocks))) {
    if (!isNode(item)) continue;
    const path = at('clocks', id);
    const checkState = (state: unknown, statePath: Path) => {
      if (typeof state === 'string' && statePathPattern.test(state) && !index.states.has(state)) {
        findings.push(finding(file, statePath, 'unknown-clock-state', { value: state, place: statePath, suggestion: suggestState(index, state) }));
      }
    };
    checkState(item.from, [...path, 'from']);
    list(item.until).forEach((state, position) => checkState(state, [...path, 'until', position]));
    list(item.pause).forEach((state, position) => checkState(state, [...path, 'pause', position]));
    const extendOn = isNode(item.extend) ? text(item.extend.on) : undefined;
    if (extendOn !== undefined && !index.events.has(extendOn)) {
      findings.push(finding(file, [...path, 'extend', 'on'], 'unknown-clock-event', { value: extendOn, place: path, suggestion: closest(extendOn, index.events) }));
    }
    checkCalendar(item.calendar, [...path, 'calendar']);
    checkBasis(item, path);
  }

  if (isNode(raw.layout)) {
    for (const state of Object.keys(node(raw.layout.nodes))) {
      if (!index.states.has(state)) findings.push(finding(file, at('layout', 'nodes', state), 'unknown-layout-state', { value: state }, { at: 'key', severity: 'warning' }));
    }
  }
  return findings;
}

/** A model object being built: fields are added in the model's order, optional ones only when defined. */
type Building<T> = { -readonly [K in keyof T]?: T[K] };

/** The branches of a transition as written, with the pointer of each. */
function branchPointers(written: unknown, pointer: string): { raw: Node; pointer: string }[] {
  if (typeof written === 'string') return [{ raw: { target: written }, pointer }];
  if (Array.isArray(written)) {
    const branches: { raw: Node; pointer: string }[] = [];
    for (let index = 0; index < written.length; index++) if (isNode(written[index])) branches.push({ raw: written[index] as Node, pointer: `${pointer}/${index}` });
    return branches;
  }
  return isNode(written) ? [{ raw: written, pointer }] : [];
}

/**
 * Builds the model of a power that `checkPower` found sound (and the schema valid): resolves
 * its references into objects and records where each was written. Objects are built field by
 * field in the model's order (optional fields only when defined), and each `source` pointer is
 * its parent's pointer and one more segment, not a path turned into a pointer again.
 */
export function buildPower(value: unknown, file: string, base: Path, context: CatalogueContext): Power {
  const raw = node(value);
  const basePointer = toPointer(base);
  const rawFlow = node(raw.flow);
  const flowPointer = basePointer + '/flow';
  const index = takeIndex(rawFlow, [...base, 'flow'], flowPointer);

  const citationsOf = citationCache(context);
  /** The citations of a `basis` list at `pointer` (the list's own pointer). */
  const refs = (written: unknown, pointer: string): readonly LawRef[] => {
    if (!Array.isArray(written) || written.length === 0) return none;
    const result: LawRef[] = [];
    for (let position = 0; position < written.length; position++) {
      const entry: unknown = written[position];
      const object = isNode(entry) ? entry : undefined;
      const ref = object ? text(object.ref) : text(entry);
      const cited = ref === undefined ? undefined : resolveCitation(ref, context, citationsOf);
      if (ref === undefined || cited === undefined) continue;
      // Fields in the order written before (ref, law, article, clause, item, role, note, text, source).
      const lawRef: Building<LawRef> = { ref, law: cited.law, article: cited.article };
      if (cited.clause !== undefined) lawRef.clause = cited.clause;
      if (cited.item !== undefined) lawRef.item = cited.item;
      const role = term<BasisRole>(object?.role);
      if (role !== undefined) lawRef.role = role;
      const note = text(object?.note);
      if (note !== undefined) lawRef.note = note;
      if (cited.text !== undefined) lawRef.text = cited.text;
      lawRef.source = { file, pointer: `${pointer}/${position}` };
      result.push(lawRef as LawRef);
    }
    return result;
  };

  const period = (written: Node, pointer: string): Building<Deadline> => {
    const result: Building<Deadline> = { within: whole(written.within) ?? 0, unit: term<PeriodUnit>(written.unit) ?? 'day', basis: refs(written.basis, pointer + '/basis') };
    const note = text(written.note);
    if (note !== undefined) result.note = note;
    result.source = { file, pointer };
    return result;
  };

  const checkpoint = (written: unknown, pointer: string): Checkpoint | undefined => {
    if (!isNode(written)) return undefined;
    const result: Building<Checkpoint> = { kind: term<CheckpointKind>(written.kind) ?? 'record' };
    const by = text(written.by);
    if (by !== undefined) result.by = by;
    const note = text(written.note);
    if (note !== undefined) result.note = note;
    result.basis = refs(written.basis, pointer + '/basis');
    result.source = { file, pointer };
    return result as Checkpoint;
  };

  const transitions = (written: unknown, event: string, from: StateEntry, pointer: string): Transition[] =>
    branchPointers(written, pointer).map((branch) => {
      const result: Building<Transition> = { event, from: from.dotted };
      const target = text(branch.raw.target);
      const resolved = target === undefined ? undefined : resolveTarget(index, target, from.segments);
      if (resolved !== undefined) result.target = resolved;
      const guard = text(branch.raw.guard);
      if (guard !== undefined) result.guard = guard;
      const description = text(branch.raw.description);
      if (description !== undefined) result.description = description;
      result.basis = refs(branch.raw.basis, branch.pointer + '/basis');
      const found = checkpoint(branch.raw.checkpoint, branch.pointer + '/checkpoint');
      if (found !== undefined) result.checkpoint = found;
      result.extensions = extensionsOf(branch.raw);
      result.source = { file, pointer: branch.pointer };
      return result as Transition;
    });

  const buildState = (entry: StateEntry): State => {
    const { raw: state, pointer } = entry;
    const id = entry.segments[entry.segments.length - 1]!;
    const children = childrenOf(index, entry);
    const kind = stateKind(entry, children);
    const result: Building<State> = { id, path: entry.dotted, name: text(state.name) ?? id, kind };
    const description = text(state.description);
    if (description !== undefined) result.description = description;
    const step = term<Step>(state.step);
    if (step !== undefined) result.step = step;
    const actor = text(state.actor);
    if (actor !== undefined) result.actor = actor;
    const action = text(state.action);
    if (action !== undefined) result.action = action;
    if (isNode(state.deadline)) {
      const deadline = period(state.deadline, pointer + '/deadline');
      const warn = whole(state.deadline.warn);
      if (warn !== undefined) deadline.warn = warn;
      const calendar = text(state.deadline.calendar);
      if (calendar !== undefined) deadline.calendar = calendar;
      result.deadline = deadline as Deadline;
    }
    const found = checkpoint(state.checkpoint, pointer + '/checkpoint');
    if (found !== undefined) result.checkpoint = found;
    if (isNode(state.risk)) {
      const risk: Building<Risk> = { level: term<RiskLevel>(state.risk.level) ?? 'low', text: text(state.risk.text) ?? '', controls: texts(state.risk.controls) };
      const owner = text(state.risk.owner);
      if (owner !== undefined) risk.owner = owner;
      risk.source = { file, pointer: pointer + '/risk' };
      result.risk = risk as Risk;
    }
    const outcome = term<Outcome>(state.outcome);
    if (outcome !== undefined) result.outcome = outcome;
    const remedies = flag(state.remedies);
    if (remedies !== undefined) result.remedies = remedies;
    const initial = kind === 'compound' ? text(state.initial) : undefined;
    if (initial !== undefined) result.initial = initial;
    result.basis = refs(state.basis, pointer + '/basis');
    result.duties = texts(state.duties);
    result.documents = texts(state.documents);
    const prefix = entry.dotted + '.';
    result.states = children.length === 0 ? none : children.map((child) => buildState(index.states.get(prefix + child)!));
    if (isNode(state.on)) {
      const all: Transition[] = [];
      const onPointer = pointer + '/on/';
      for (const event in state.on) all.push(...transitions(state.on[event], event, entry, onPointer + escapeSegment(event)));
      result.transitions = all;
    } else result.transitions = none;
    result.onDone = state.onDone === undefined || kind === 'atomic' ? none : transitions(state.onDone, 'done', entry, pointer + '/onDone');
    result.extensions = extensionsOf(state);
    result.source = { file, pointer };
    return result as State;
  };

  const flow: Building<Flow> = { initial: text(rawFlow.initial) ?? '' };
  const flowDescription = text(rawFlow.description);
  if (flowDescription !== undefined) flow.description = flowDescription;
  flow.states = Object.keys(node(rawFlow.states)).map((id) => buildState(index.states.get(id)!));
  flow.extensions = extensionsOf(rawFlow);
  flow.source = { file, pointer: flowPointer };

  const clocks: Clock[] = [];
  const rawClocks = node(raw.clocks);
  for (const id in rawClocks) {
    const item = rawClocks[id];
    if (!isNode(item)) continue;
    const extend = isNode(item.extend) ? item.extend : undefined;
    const unit = term<PeriodUnit>(item.unit) ?? 'day';
    const pointer = `${basePointer}/clocks/${escapeSegment(id)}`;
    const clock: Building<Clock> = {
      id,
      name: text(item.name) ?? id,
      within: whole(item.within) ?? 0,
      unit,
      from: text(item.from) ?? '',
      until: texts(item.until),
      pause: texts(item.pause),
    };
    if (extend) clock.extend = { by: whole(extend.by) ?? 0, unit: term<PeriodUnit>(extend.unit) ?? unit, on: text(extend.on) ?? '', times: whole(extend.times) ?? 1 };
    const warn = whole(item.warn);
    if (warn !== undefined) clock.warn = warn;
    const calendar = text(item.calendar);
    if (calendar !== undefined) clock.calendar = calendar;
    const note = text(item.note);
    if (note !== undefined) clock.note = note;
    clock.basis = refs(item.basis, pointer + '/basis');
    clock.source = { file, pointer };
    clocks.push(clock as Clock);
  }

  let layout: Layout | undefined;
  if (isNode(raw.layout)) {
    const nodes: Record<string, LayoutNode> = {};
    for (const [state, position] of Object.entries(node(raw.layout.nodes))) {
      const { x, y, width, height } = node(position);
      nodes[state] = { x: whole(x) ?? 0, y: whole(y) ?? 0, ...defined({ width: whole(width), height: whole(height) }) };
    }
    const direction: Layout['direction'] = raw.layout.direction === 'TB' ? 'TB' : raw.layout.direction === 'LR' ? 'LR' : undefined;
    layout = { ...defined({ direction }), nodes };
  }

  const department = context.departments.get(text(raw.department) ?? '');
  if (department === undefined) throw new Error('buildPower: the power was not checked (unknown department)');
  const rawLimits = node(raw.limits);
  const supervision = isNode(raw.supervision) ? raw.supervision : undefined;
  const items = <T>(field: string, build: (item: Node, pointer: string) => T): T[] => {
    const written = list(raw[field]);
    const built: T[] = [];
    for (let position = 0; position < written.length; position++) {
      const item = written[position];
      if (isNode(item)) built.push(build(item, `${basePointer}/${field}/${position}`));
    }
    return built;
  };

  const power: Building<Power> = { code: text(raw.code) ?? '', name: text(raw.name) ?? '', category: term<Category>(raw.category) ?? 'other', department };
  const unit = text(raw.unit);
  if (unit !== undefined) power.unit = unit;
  const conditions = text(raw.conditions);
  if (conditions !== undefined) power.conditions = conditions;
  const remarks = text(raw.remarks);
  if (remarks !== undefined) power.remarks = remarks;
  if (layout !== undefined) power.layout = layout;
  power.level = texts(raw.level) as Level[];
  power.targets = texts(raw.targets) as Target[];
  power.basis = refs(raw.basis, basePointer + '/basis');
  power.materials = texts(raw.materials);
  power.fees = items('fees', (fee, pointer) => ({
    item: text(fee.item) ?? '',
    standard: text(fee.standard) ?? '',
    basis: refs(fee.basis, pointer + '/basis'),
    source: { file, pointer },
  }));
  const limits: Building<Power['limits']> = {};
  if (isNode(rawLimits.statutory)) limits.statutory = period(rawLimits.statutory, basePointer + '/limits/statutory') as Period;
  if (isNode(rawLimits.promised)) limits.promised = period(rawLimits.promised, basePointer + '/limits/promised') as Period;
  const limitsNote = text(rawLimits.note);
  if (limitsNote !== undefined) limits.note = limitsNote;
  power.limits = limits;
  power.clocks = clocks;
  power.rights = items('rights', (right, pointer) => {
    const result: Building<Right> = { kind: term<RightKind>(right.kind) ?? 'complaint' };
    if (isNode(right.within)) result.within = period(right.within, pointer + '/within') as Period;
    const words = text(right.text);
    if (words !== undefined) result.text = words;
    result.basis = refs(right.basis, pointer + '/basis');
    result.source = { file, pointer };
    return result as Right;
  });
  power.accountability = items('accountability', (item, pointer) => ({
    text: text(item.text) ?? '',
    basis: refs(item.basis, pointer + '/basis'),
    source: { file, pointer },
  }));
  power.discretion = items('discretion', (item, pointer) => ({
    circumstance: text(item.circumstance) ?? '',
    range: text(item.range) ?? '',
    basis: refs(item.basis, pointer + '/basis'),
    source: { file, pointer },
  }));
  if (supervision) {
    power.supervision = {
      ...defined({ phone: text(supervision.phone), email: text(supervision.email), address: text(supervision.address), text: text(supervision.text) }),
      channels: texts(supervision.channels),
    };
  }
  power.publicity = texts(raw.publicity);
  power.flow = flow as Flow;
  power.extensions = extensionsOf(raw);
  power.source = { file, pointer: basePointer };
  return power as Power;
}

/** Resolves a `basis` list as written; citations that do not resolve are left out, as in `buildPower`. */
type ResolveBasis = (written: unknown) => readonly LintRef[];

/**
 * A node of the lint view that cites: its `basis` is resolved when a rule first reads it. The
 * rules read few of them (the decide steps, periods, the power). Its fields are plain ones set in
 * the constructor (no class-field initialiser or private field, which cost a call per node).
 */
class Citing {
  private declare written: unknown;
  private declare resolve: ResolveBasis;
  private declare resolved: readonly LintRef[] | undefined;
  constructor(written: unknown, resolve: ResolveBasis) {
    this.written = written;
    this.resolve = resolve;
    this.resolved = undefined;
  }
  get basis(): readonly LintRef[] {
    return (this.resolved ??= this.resolve(this.written));
  }
}

// The view's nodes: each has every field of ../lint/view.ts (optional ones may be undefined).
class ViewPeriod extends Citing implements LintPeriod {
  declare within: number;
  declare unit: PeriodUnit;
  declare source: SourceRef;
  constructor(within: number, unit: PeriodUnit, basis: unknown, source: SourceRef, resolve: ResolveBasis) {
    super(basis, resolve);
    this.within = within;
    this.unit = unit;
    this.source = source;
  }
}
// Fields are declared, not initialised: buildLintView sets every one, in one order, so each kind
// of node has one shape and no field is written twice.
class ViewClock extends ViewPeriod implements LintClock {
  declare from: string;
  declare until: readonly string[];
  declare pause: readonly string[];
  declare extend: LintClock['extend'];
}
class ViewTransition extends Citing implements LintTransition {
  declare target: string | undefined;
  declare checkpoint: LintCheckpoint | undefined;
}
class ViewState extends Citing implements LintState {
  declare id: string;
  declare path: string;
  declare kind: StateKind;
  declare step: Step | undefined;
  declare actor: string | undefined;
  declare deadline: LintPeriod | undefined;
  declare checkpoint: LintCheckpoint | undefined;
  declare risk: LintRisk | undefined;
  declare outcome: Outcome | undefined;
  declare remedies: boolean | undefined;
  declare initial: string | undefined;
  declare states: readonly LintState[];
  declare transitions: readonly LintTransition[];
  declare onDone: readonly LintTransition[];
  declare source: SourceRef;
}
class ViewRight extends Citing implements LintRight {
  declare kind: RightKind;
  declare within: LintPeriod | undefined;
}
class ViewPower extends Citing implements LintPower {
  declare category: Category;
  declare limits: LintPower['limits'];
  declare clocks: readonly LintClock[];
  declare rights: readonly LintRight[];
  declare discretion: readonly LintDiscretion[];
  declare flow: LintFlow;
  declare source: SourceRef;
}

/**
 * What the lint rules read of a power (../lint/view.ts), built like `buildPower` builds the same
 * fields, for a load that lints and keeps no model: names, texts, notes, fees, extensions and
 * the pointers of citations and transitions are not built, and a citation is resolved only when a
 * rule reads its list, to its law and article. Call it right after `checkPower` of the same power
 * (the flow's index is reused).
 */
export function buildLintView(value: unknown, file: string, base: Path, context: CatalogueContext): LintPower {
  const raw = node(value);
  const basePointer = toPointer(base);
  const rawFlow = node(raw.flow);
  const flowPointer = basePointer + '/flow';
  const index = takeIndex(rawFlow, [...base, 'flow'], flowPointer);

  const refs: ResolveBasis = (written) => {
    if (!Array.isArray(written) || written.length === 0) return none;
    const result: LintRef[] = [];
    for (let position = 0; position < written.length; position++) {
      const entry: unknown = written[position];
      const ref = isNode(entry) ? text(entry.ref) : text(entry);
      // As resolveCitation resolves it, without the article's text, which no rule reads. Not cached:
      // a cache keyed by the parser's strings (slices of their whole file) kept every file's text alive.
      if (ref === undefined) continue;
      const space = citationSpace(ref);
      const law = space === -1 ? undefined : context.laws.get(ref.slice(0, space));
      if (law === undefined) continue;
      const dot = ref.indexOf('.', space + 1);
      result.push({ law, article: ref.slice(space + 1, dot === -1 ? ref.length : dot) });
    }
    return result;
  };
  const period = (written: Node, pointer: string): LintPeriod =>
    new ViewPeriod(whole(written.within) ?? 0, term<PeriodUnit>(written.unit) ?? 'day', written.basis, { file, pointer }, refs);
  const checkpoint = (written: unknown): LintCheckpoint | undefined => (isNode(written) ? { kind: term<CheckpointKind>(written.kind) ?? 'record' } : undefined);

  const transitions = (written: unknown, from: StateEntry, into: LintTransition[]) => {
    const add = (branch: Node) => {
      const result = new ViewTransition(branch.basis, refs);
      const target = text(branch.target);
      result.target = target === undefined ? undefined : resolveTarget(index, target, from.segments);
      result.checkpoint = checkpoint(branch.checkpoint);
      into.push(result);
    };
    // The branches as `branchPointers` reads them: a target, an object, or a list of objects.
    if (typeof written === 'string') add({ target: written });
    else if (Array.isArray(written)) for (const item of written) isNode(item) && add(item);
    else if (isNode(written)) add(written);
  };

  const buildState = (entry: StateEntry): LintState => {
    const { raw: state, pointer } = entry;
    const children = childrenOf(index, entry);
    const kind = stateKind(entry, children);
    const result = new ViewState(state.basis, refs);
    result.id = entry.segments[entry.segments.length - 1]!;
    result.path = entry.dotted;
    result.kind = kind;
    result.step = term<Step>(state.step);
    result.actor = text(state.actor);
    result.deadline = isNode(state.deadline) ? period(state.deadline, pointer + '/deadline') : undefined;
    result.checkpoint = checkpoint(state.checkpoint);
    let risk: Building<LintRisk> | undefined;
    if (isNode(state.risk)) {
      risk = { level: term<RiskLevel>(state.risk.level) ?? 'low', controls: texts(state.risk.controls) };
      const owner = text(state.risk.owner);
      if (owner !== undefined) risk.owner = owner;
      risk.source = { file, pointer: pointer + '/risk' };
    }
    result.risk = risk as LintRisk | undefined;
    result.outcome = term<Outcome>(state.outcome);
    result.remedies = flag(state.remedies);
    result.initial = kind === 'compound' ? text(state.initial) : undefined;
    const prefix = entry.dotted + '.';
    result.states = children.length === 0 ? none : children.map((child) => buildState(index.states.get(prefix + child)!));
    let leaving: LintTransition[] | undefined;
    if (isNode(state.on)) {
      leaving = [];
      for (const event in state.on) transitions(state.on[event], entry, leaving);
    }
    result.transitions = leaving ?? none;
    let done: LintTransition[] | undefined;
    if (state.onDone !== undefined && kind !== 'atomic') transitions(state.onDone, entry, (done = []));
    result.onDone = done ?? none;
    result.source = { file, pointer };
    return result;
  };

  const power = new ViewPower(raw.basis, refs);
  power.category = term<Category>(raw.category) ?? 'other';
  power.flow = {
    initial: text(rawFlow.initial) ?? '',
    states: Object.keys(node(rawFlow.states)).map((id) => buildState(index.states.get(id)!)),
    source: { file, pointer: flowPointer },
  };

  const clocks: LintClock[] = [];
  const rawClocks = node(raw.clocks);
  for (const id in rawClocks) {
    const item = rawClocks[id];
    if (!isNode(item)) continue;
    const extend = isNode(item.extend) ? item.extend : undefined;
    const unit = term<PeriodUnit>(item.unit) ?? 'day';
    const clock = new ViewClock(whole(item.within) ?? 0, unit, item.basis, { file, pointer: `${basePointer}/clocks/${escapeSegment(id)}` }, refs);
    clock.from = text(item.from) ?? '';
    clock.until = texts(item.until);
    clock.pause = texts(item.pause);
    clock.extend = extend && { by: whole(extend.by) ?? 0, unit: term<PeriodUnit>(extend.unit) ?? unit, on: text(extend.on) ?? '', times: whole(extend.times) ?? 1 };
    clocks.push(clock);
  }
  power.clocks = clocks;

  const rawLimits = node(raw.limits);
  const limits: Building<LintPower['limits']> = {};
  if (isNode(rawLimits.statutory)) limits.statutory = period(rawLimits.statutory, basePointer + '/limits/statutory');
  if (isNode(rawLimits.promised)) limits.promised = period(rawLimits.promised, basePointer + '/limits/promised');
  power.limits = limits;

  const rights: LintRight[] = [];
  const rawRights = list(raw.rights);
  for (let position = 0; position < rawRights.length; position++) {
    const item = rawRights[position];
    if (!isNode(item)) continue;
    const right = new ViewRight(item.basis, refs);
    right.kind = term<RightKind>(item.kind) ?? 'complaint';
    right.within = isNode(item.within) ? period(item.within, `${basePointer}/rights/${position}/within`) : undefined;
    rights.push(right);
  }
  power.rights = rights;
  const discretion: LintDiscretion[] = [];
  const rawDiscretion = list(raw.discretion);
  for (let position = 0; position < rawDiscretion.length; position++) {
    const item = rawDiscretion[position];
    if (isNode(item))
      discretion.push({ circumstance: text(item.circumstance) ?? '', range: text(item.range) ?? '', source: { file, pointer: `${basePointer}/discretion/${position}` } });
  }
  power.discretion = discretion;
  power.source = { file, pointer: basePointer };
  return power;
}
