/** What a lint rule is: an id, a default severity, the page that explains it, and a check over one power. */
import type { MessageParams, RuleId } from '../messages/index.js';
import { ruleDocs } from '../messages/index.js';
import type { SourceRef } from '../model.js';
import { FlowGraph } from './graph.js';
import { isSummaryProcedure } from './law.js';
import type { LintPower } from './view.js';

/** How a rule is set in a catalogue's `lint:`; `off` turns it off. */
export type RuleSeverity = 'warn' | 'error';

/** What a rule found: the model node concerned and what the message says about it. */
export interface RuleFinding {
  /** The node concerned (a state, a clock, a limit, a risk): its file and JSON pointer. */
  readonly source: SourceRef;
  /** Point at the node's key (default: a state is shown at `登记:`) or at its value. */
  readonly at?: 'key' | 'value';
  /** Plain data (text, finite numbers, lists and objects of them): a load words each distinct params once (MessageMemo in ../place.ts). */
  readonly params: MessageParams;
}

/** What a rule reads: one power (the model, or only what the rules read of it), and its flow as a graph (built once, shared by the rules). */
export class LintContext {
  private built?: FlowGraph;
  constructor(readonly power: LintPower) {}

  /** The power's flow as a graph. */
  get graph(): FlowGraph {
    return (this.built ??= new FlowGraph(this.power.flow));
  }

  private summary?: boolean;

  /** Whether the power follows the summary procedure (see isSummaryProcedure); three rules ask. */
  get summaryProcedure(): boolean {
    return (this.summary ??= isSummaryProcedure(this.power));
  }
}

/** One lint rule. */
export interface Rule {
  readonly id: RuleId;
  /** The severity when the catalogue does not set the rule. */
  readonly severity: RuleSeverity;
  /** The page that explains the rule: docs/rules/<id>.md. */
  readonly docs: string;
  /** The findings of the rule in one power. */
  check(context: LintContext): RuleFinding[];
}

/** Defines a rule; its docs page follows from its id. */
export function defineRule(id: RuleId, severity: RuleSeverity, check: (context: LintContext) => RuleFinding[]): Rule {
  return { id, severity, docs: ruleDocs(id), check };
}

/** A finding at a node. */
export function at(source: SourceRef, params: MessageParams = {}, where: 'key' | 'value' = 'key'): RuleFinding {
  return { source, at: where, params };
}

/** The JSON path of a node, for naming it in a message (状态“审查”). */
export function placeOf(source: SourceRef): string[] {
  if (source.pointer === '') return [];
  const segments = source.pointer.slice(1).split('/');
  // Few segments hold an escape (~1 for "/", ~0 for "~"): only those are unescaped.
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (segment.includes('~')) segments[index] = segment.replace(/~1/g, '/').replace(/~0/g, '~');
  }
  return segments;
}
