/**
 * The written form of catalogue files (what YAML holds before it is loaded), for code that writes
 * catalogues: templates, import, the editor. These types follow docs/format.md and the JSON Schemas;
 * the loaded, resolved model is in ./model.js.
 */
import type { BasisRole, Category, CheckpointKind, Level, Outcome, PeriodUnit, RightKind, RiskLevel, Step, Target } from './vocabulary.js';

/** A citation as written: "<law id> <article>[.<clause>[.<item>]]", e.g. "admin-licensing 42.1". */
export type RefText = string;

/** A citation with its role or a note. */
export interface RefDocument {
  readonly ref: RefText;
  readonly role?: BasisRole;
  readonly note?: string;
}

export interface PeriodDocument {
  readonly within: number;
  readonly unit: PeriodUnit;
  readonly basis?: readonly RefText[];
  readonly note?: string;
}

export interface CheckpointDocument {
  readonly kind: CheckpointKind;
  readonly by?: string;
  readonly basis?: readonly RefText[];
  readonly note?: string;
}

export interface RiskDocument {
  readonly level: RiskLevel;
  readonly text: string;
  readonly controls: readonly string[];
  readonly owner?: string;
}

export interface TransitionObject {
  readonly target?: string;
  readonly guard?: string;
  readonly description?: string;
  readonly basis?: readonly RefText[];
  readonly checkpoint?: CheckpointDocument;
}

/** `event: target`, `event: { … }`, or a list of guarded choices. */
export type TransitionDocument = string | TransitionObject | readonly TransitionObject[];

export interface StateDocument {
  readonly type?: 'final' | 'parallel';
  readonly name?: string;
  readonly description?: string;
  readonly step?: Step;
  readonly actor?: string;
  readonly action?: string;
  readonly basis?: readonly RefText[];
  readonly deadline?: PeriodDocument & { readonly warn?: number };
  readonly checkpoint?: CheckpointDocument;
  readonly risk?: RiskDocument;
  readonly duties?: readonly string[];
  readonly documents?: readonly string[];
  readonly outcome?: Outcome;
  readonly remedies?: boolean;
  readonly initial?: string;
  readonly states?: Readonly<Record<string, StateDocument>>;
  readonly on?: Readonly<Record<string, TransitionDocument>>;
  readonly onDone?: TransitionDocument;
}

export interface FlowDocument {
  readonly initial: string;
  readonly description?: string;
  readonly states: Readonly<Record<string, StateDocument>>;
}

export interface ClockDocument {
  readonly name?: string;
  readonly within: number;
  readonly unit: PeriodUnit;
  readonly from: string;
  readonly until?: readonly string[];
  readonly pause?: readonly string[];
  readonly extend?: { readonly by: number; readonly unit: PeriodUnit; readonly on: string; readonly times?: number };
  readonly warn?: number;
  readonly basis?: readonly RefText[];
  readonly note?: string;
}

export interface RightDocument {
  readonly kind: RightKind;
  readonly within?: PeriodDocument;
  readonly text?: string;
  readonly basis?: readonly RefText[];
}

export interface FeeDocument {
  readonly item: string;
  readonly standard: string;
  readonly basis?: readonly RefText[];
}

export interface LimitsDocument {
  readonly statutory?: PeriodDocument;
  readonly promised?: PeriodDocument;
  readonly note?: string;
}

export interface SupervisionDocument {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
  readonly channels?: readonly string[];
  readonly text?: string;
}

/** One power file (docs/format.md section 3). Keys starting with `x-` are kept as written. */
export interface PowerDocument {
  readonly code: string;
  readonly name: string;
  readonly category: Category;
  readonly department: string;
  readonly unit?: string;
  readonly level?: readonly Level[];
  readonly targets?: readonly Target[];
  readonly basis: readonly (RefText | RefDocument)[];
  readonly conditions?: string;
  readonly materials?: readonly string[];
  readonly fees?: readonly FeeDocument[];
  readonly limits?: LimitsDocument;
  readonly clocks?: Readonly<Record<string, ClockDocument>>;
  readonly rights?: readonly RightDocument[];
  readonly accountability?: readonly { readonly text: string; readonly basis?: readonly RefText[] }[];
  readonly discretion?: readonly { readonly circumstance: string; readonly range: string; readonly basis?: readonly RefText[] }[];
  readonly supervision?: SupervisionDocument;
  readonly publicity?: readonly string[];
  readonly remarks?: string;
  readonly flow: FlowDocument;
  readonly [extension: `x-${string}`]: unknown;
}

/** A law registry entry (docs/format.md section 2). */
export interface LawDocument {
  readonly id: string;
  readonly title: string;
  readonly issuer?: string;
  readonly version?: string;
  readonly effective?: string;
  readonly articles?: Readonly<Record<string, string>>;
}

export interface DepartmentDocument {
  readonly id: string;
  readonly name: string;
  readonly phone?: string;
}
