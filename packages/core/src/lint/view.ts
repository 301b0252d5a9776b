/**
 * What the lint rules read of a power: the parts of the model (../model.ts) they use, and nothing
 * else. A `Power` is one (an editor lints the model it holds); `loadCatalogue(…, { lint: true })`
 * without a taker for the model builds only this (`buildLintView` in ../build.ts), since building
 * the whole model to lint it and drop it cost more than the rules themselves.
 *
 * A rule that needs another field adds it here and to `buildLintView`; the test that compares the
 * view with the model (test/lint-view.test.ts) then checks the two agree.
 */
import type { Clock, DiscretionItem, Law, Risk, SourceRef, StateKind } from '../model.js';
import type { Category, CheckpointKind, Outcome, PeriodUnit, RightKind, Step } from '../vocabulary.js';

/** A citation, resolved against the catalogue's laws. */
export interface LintRef {
  readonly law: Pick<Law, 'title'>;
  readonly article: string;
}

export interface LintPeriod {
  readonly within: number;
  readonly unit: PeriodUnit;
  readonly basis: readonly LintRef[];
  readonly source: SourceRef;
}

export interface LintCheckpoint {
  readonly kind: CheckpointKind;
}

export type LintRisk = Pick<Risk, 'level' | 'controls' | 'owner' | 'source'>;

export interface LintTransition {
  readonly target?: string;
  readonly basis: readonly LintRef[];
  readonly checkpoint?: LintCheckpoint;
}

export interface LintState {
  readonly id: string;
  readonly path: string;
  readonly kind: StateKind;
  readonly step?: Step;
  readonly actor?: string;
  readonly basis: readonly LintRef[];
  readonly deadline?: LintPeriod;
  readonly checkpoint?: LintCheckpoint;
  readonly risk?: LintRisk;
  readonly outcome?: Outcome;
  readonly remedies?: boolean;
  readonly initial?: string;
  readonly states: readonly LintState[];
  readonly transitions: readonly LintTransition[];
  readonly onDone: readonly LintTransition[];
  readonly source: SourceRef;
}

export interface LintFlow {
  readonly initial: string;
  readonly states: readonly LintState[];
  readonly source: SourceRef;
}

export interface LintClock extends LintPeriod {
  readonly from: string;
  readonly until: readonly string[];
  readonly pause: readonly string[];
  readonly extend?: Clock['extend'];
}

export interface LintRight {
  readonly kind: RightKind;
  readonly within?: LintPeriod;
  readonly basis: readonly LintRef[];
}

export type LintDiscretion = Pick<DiscretionItem, 'circumstance' | 'range' | 'source'>;

export interface LintPower {
  readonly category: Category;
  readonly basis: readonly LintRef[];
  readonly limits: { readonly statutory?: LintPeriod; readonly promised?: LintPeriod };
  readonly clocks: readonly LintClock[];
  readonly rights: readonly LintRight[];
  readonly discretion: readonly LintDiscretion[];
  readonly flow: LintFlow;
  readonly source: SourceRef;
}
