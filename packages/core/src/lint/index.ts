/**
 * The lint engine: every rule, the catalogue's settings (`lint: { <rule id>: off | warn | error }`),
 * and running the rules over a power. Rules read a `LintPower` (./view.ts: the model, or the lighter
 * view a load builds when it keeps no model); their findings are placed at
 * file:line:column by the same code as validation's (./place.ts), while the file's text is at hand:
 * `loadCatalogue(…, { lint: true })` lints each power as it loads (see ../catalogue.ts).
 */
import { ruleIds, type RuleId } from '../messages/index.js';
import type { Power, RuleSetting } from '../model.js';
import { placeFindings } from '../place.js';
import type { Finding, Problem } from '../problems.js';
import { sortProblems } from '../problems.js';
import type { Locale } from '../vocabulary.js';
import { LintContext, placeOf, type Rule, type RuleSeverity } from './rule.js';
import { adverseFinalTellsRemedies } from './rules/adverse-final-tells-remedies.js';
import { basisRequired } from './rules/basis-required.js';
import { finalStateRequired } from './rules/final-state-required.js';
import { highRiskNeedsControls } from './rules/high-risk-needs-controls.js';
import { licensingCorrectionBranch } from './rules/licensing-correction-branch.js';
import { noClockWithoutStop } from './rules/no-clock-without-stop.js';
import { noDeadEnd } from './rules/no-dead-end.js';
import { noUnreachableState } from './rules/no-unreachable-state.js';
import { ogiReplyPeriod } from './rules/ogi-reply-period.js';
import { penaltyDecisionPeriod } from './rules/penalty-decision-period.js';
import { penaltyHearingRight } from './rules/penalty-hearing-right.js';
import { penaltyLegalReview } from './rules/penalty-legal-review.js';
import { penaltyNoticeBeforeDecision } from './rules/penalty-notice-before-decision.js';
import { promisedWithinStatutory } from './rules/promised-within-statutory.js';
import { stepDeadlinesFitStatutory } from './rules/step-deadlines-fit-statutory.js';
import { unitMatchesStatute } from './rules/unit-matches-statute.js';
import type { LintPower } from './view.js';
import { appendAll } from '../arrays.js';

export { FlowGraph, Reached, type Edge } from './graph.js';
export { LintContext, type Rule, type RuleFinding, type RuleSeverity } from './rule.js';
export type * from './view.js';

/** Every rule, in the order of their ids (../messages/dictionary.ts). */
export const rules: readonly Rule[] = [
  noUnreachableState,
  noDeadEnd,
  finalStateRequired,
  noClockWithoutStop,
  penaltyNoticeBeforeDecision,
  penaltyHearingRight,
  penaltyLegalReview,
  licensingCorrectionBranch,
  adverseFinalTellsRemedies,
  promisedWithinStatutory,
  stepDeadlinesFitStatutory,
  highRiskNeedsControls,
  basisRequired,
  ogiReplyPeriod,
  penaltyDecisionPeriod,
  unitMatchesStatute,
].sort((a, b) => ruleIds.indexOf(a.id) - ruleIds.indexOf(b.id));

/** What is public about a rule: its id, default severity and page. */
export interface RuleInfo {
  readonly id: RuleId;
  readonly severity: RuleSeverity;
  readonly docs: string;
}

/** The rules as a list of facts, for tools that list or configure them. */
export const ruleList: readonly RuleInfo[] = rules.map(({ id, severity, docs }) => ({ id, severity, docs }));

/** A catalogue's rule settings: rule id → off | warn | error. Unknown ids are ignored here (validation reports them). */
export type LintSettings = Readonly<Record<string, RuleSetting>>;

/** The findings of every rule that is on, in one power: language-neutral, not yet placed. */
export function lintFindings(power: LintPower, settings: LintSettings = {}): Finding[] {
  const context = new LintContext(power);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const severity = setting === 'warn' ? 'warning' : 'error';
    for (const found of rule.check(context)) {
      findings.push({ file: found.source.file, path: placeOf(found.source), at: found.at ?? 'key', severity, code: rule.id, params: found.params });
    }
  }
  return findings;
}

export interface LintPowerOptions {
  /** The catalogue's rule settings (`catalogue.lint`). */
  readonly settings?: LintSettings;
  /** Language of the messages; default zh-Hans. */
  readonly locale?: Locale;
  /** The text of a file of the power, to place problems at line and column (1:1 without it). */
  readonly text?: (file: string) => string | undefined;
}

/**
 * Lints one power of a loaded model, e.g. in an editor that holds the model and the text of the
 * file being edited. Returns the rule problems, sorted.
 */
export function lintPower(power: Power, options: LintPowerOptions = {}): Problem[] {
  const byFile = new Map<string, Finding[]>();
  for (const found of lintFindings(power, options.settings)) {
    const list = byFile.get(found.file) ?? [];
    list.push(found);
    byFile.set(found.file, list);
  }
  const problems: Problem[] = [];
  for (const [file, findings] of byFile) appendAll(problems, placeFindings(findings, options.text?.(file), options.locale ?? 'zh-Hans'));
  return sortProblems(problems);
}
