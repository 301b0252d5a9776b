/**
 * The typed model of a catalogue, built from validated files. Every object keeps `source`, the file
 * and JSON pointer it came from, so that any value can be traced back to file:line:column
 * (see `locate` in ./yaml.js).
 */
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

/** Where a value was written: a file and a JSON pointer (RFC 6901) into its YAML document. */
export interface SourceRef {
  readonly file: string;
  readonly pointer: string;
}

/** Keys starting with `x-`, kept as written and not interpreted. */
export type Extensions = Readonly<Record<string, unknown>>;

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly phone?: string;
  readonly address?: string;
  readonly website?: string;
  readonly extensions: Extensions;
  readonly source: SourceRef;
}

/** A law, regulation or rule in the catalogue's registry. */
export interface Law {
  readonly id: string;
  readonly title: string;
  readonly issuer?: string;
  /** Date of the text in force (YYYY-MM-DD). */
  readonly version?: string;
  readonly effective?: string;
  readonly url?: string;
  /** Article texts keyed by article number ("33", "42.1"). */
  readonly articles: Readonly<Record<string, string>>;
  readonly extensions: Extensions;
  readonly source: SourceRef;
}

/** A citation of one article (clause, item) of a law, resolved against the registry. */
export interface LawRef {
  /** As written, e.g. "ogi-reg 33". */
  readonly ref: string;
  readonly law: Law;
  readonly article: string;
  readonly clause?: string;
  readonly item?: string;
  readonly role?: BasisRole;
  readonly note?: string;
  /** The cited text from the registry: the clause's own text if given, else the article's. */
  readonly text?: string;
  readonly source: SourceRef;
}

/** A period of time: `within` units. */
export interface Period {
  readonly within: number;
  readonly unit: PeriodUnit;
  readonly basis: readonly LawRef[];
  readonly note?: string;
  readonly source: SourceRef;
}

/** A state's own time limit, from entering the state until leaving it. */
export interface Deadline extends Period {
  readonly warn?: number;
  readonly calendar?: string;
}

export interface Checkpoint {
  readonly kind: CheckpointKind;
  readonly by?: string;
  readonly basis: readonly LawRef[];
  readonly note?: string;
  readonly source: SourceRef;
}

export interface Risk {
  readonly level: RiskLevel;
  readonly text: string;
  readonly controls: readonly string[];
  readonly owner?: string;
  readonly source: SourceRef;
}

/** One transition of the flow. Targets are resolved to absolute state paths. */
export interface Transition {
  readonly event: string;
  /** Path of the state the transition leaves. */
  readonly from: string;
  /** Absolute path of the target state; absent when the case stays where it is. */
  readonly target?: string;
  readonly guard?: string;
  readonly description?: string;
  readonly basis: readonly LawRef[];
  readonly checkpoint?: Checkpoint;
  readonly extensions: Extensions;
  readonly source: SourceRef;
}

/** `atomic` and `compound` are derived; `final` and `parallel` are written as `type`. */
export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final';

/** A state (step) of a flow. */
export interface State {
  /** The state's key among its siblings. */
  readonly id: string;
  /** Ids from the top level joined with ".", e.g. "联合审查.现场核查". */
  readonly path: string;
  /** Label for the chart; the id when none is written. */
  readonly name: string;
  readonly kind: StateKind;
  readonly description?: string;
  readonly step?: Step;
  readonly actor?: string;
  readonly action?: string;
  readonly basis: readonly LawRef[];
  readonly deadline?: Deadline;
  readonly checkpoint?: Checkpoint;
  readonly risk?: Risk;
  readonly duties: readonly string[];
  readonly documents: readonly string[];
  readonly outcome?: Outcome;
  readonly remedies?: boolean;
  /** Id of the initial child (compound states). */
  readonly initial?: string;
  readonly states: readonly State[];
  readonly transitions: readonly Transition[];
  /** Taken when a compound or parallel state is done. */
  readonly onDone: readonly Transition[];
  readonly extensions: Extensions;
  readonly source: SourceRef;
}

export interface Flow {
  readonly initial: string;
  readonly description?: string;
  readonly states: readonly State[];
  readonly extensions: Extensions;
  readonly source: SourceRef;
}

/** A legal clock evaluated over a case (docs/format.md section 5). */
export interface Clock {
  readonly id: string;
  readonly name: string;
  readonly within: number;
  readonly unit: PeriodUnit;
  /** Starts, or starts again, each time this state is entered. */
  readonly from: string;
  /** Stops when any of these states is entered; empty: when the flow reaches a final state. */
  readonly until: readonly string[];
  /** Time spent in these states is not counted. */
  readonly pause: readonly string[];
  readonly extend?: {
    readonly by: number;
    readonly unit: PeriodUnit;
    readonly on: string;
    readonly times: number;
  };
  readonly warn?: number;
  readonly calendar?: string;
  readonly basis: readonly LawRef[];
  readonly note?: string;
  readonly source: SourceRef;
}

export interface Fee {
  readonly item: string;
  readonly standard: string;
  readonly basis: readonly LawRef[];
  readonly source: SourceRef;
}

export interface Right {
  readonly kind: RightKind;
  readonly within?: Period;
  readonly text?: string;
  readonly basis: readonly LawRef[];
  readonly source: SourceRef;
}

export interface AccountabilityItem {
  readonly text: string;
  readonly basis: readonly LawRef[];
  readonly source: SourceRef;
}

export interface DiscretionItem {
  readonly circumstance: string;
  readonly range: string;
  readonly basis: readonly LawRef[];
  readonly source: SourceRef;
}

export interface Supervision {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
  readonly channels: readonly string[];
  readonly text?: string;
}

export interface Limits {
  readonly statutory?: Period;
  readonly promised?: Period;
  readonly note?: string;
}

export interface LayoutNode {
  readonly x: number;
  readonly y: number;
  readonly width?: number;
  readonly height?: number;
}

/** Node positions the author set in the editor (docs/format.md section 7). */
export interface Layout {
  readonly direction?: 'TB' | 'LR';
  readonly nodes: Readonly<Record<string, LayoutNode>>;
}

/** One administrative power (行政职权事项). */
export interface Power {
  readonly code: string;
  readonly name: string;
  readonly category: Category;
  /** 实施主体. */
  readonly department: Department;
  /** 承办机构. */
  readonly unit?: string;
  readonly level: readonly Level[];
  readonly targets: readonly Target[];
  readonly basis: readonly LawRef[];
  readonly conditions?: string;
  readonly materials: readonly string[];
  readonly fees: readonly Fee[];
  readonly limits: Limits;
  readonly clocks: readonly Clock[];
  readonly rights: readonly Right[];
  readonly accountability: readonly AccountabilityItem[];
  readonly discretion: readonly DiscretionItem[];
  readonly supervision?: Supervision;
  readonly publicity: readonly string[];
  readonly remarks?: string;
  readonly flow: Flow;
  readonly layout?: Layout;
  readonly extensions: Extensions;
  readonly source: SourceRef;
}

/** A local working-day calendar declared by the catalogue. */
export interface CalendarDefinition {
  readonly id: string;
  readonly name?: string;
  readonly extends?: string;
  /** Extra days off: single dates or inclusive `from..to` ranges, as written. */
  readonly holidays: readonly string[];
  /** Weekend days that are working days. */
  readonly workdays: readonly string[];
  readonly note?: string;
  readonly source: SourceRef;
}

export type RuleSetting = 'off' | 'warn' | 'error';

/** A catalogue of powers (职权目录 / 权责清单). */
export interface Catalogue {
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly authority: string;
  readonly edition: string;
  readonly effective?: string;
  readonly description?: string;
  readonly locale: Locale;
  readonly timezone: string;
  readonly calendar: string;
  readonly calendars: readonly CalendarDefinition[];
  readonly departments: readonly Department[];
  readonly laws: readonly Law[];
  readonly powers: readonly Power[];
  readonly lint: Readonly<Record<string, RuleSetting>>;
  readonly extensions: Extensions;
  readonly source: SourceRef;
}
