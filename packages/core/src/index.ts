/**
 * @sunlit/core: the catalogue model, loading with source positions, validation, and compilation of
 * flows to XState machines. This entry runs in browsers too; reading from disk is in
 * `@sunlit/core/node`. See docs/embedding.md.
 */
export { documentKind, loadCatalogue, memorySource, type CatalogueSource, type KnownPowerFile, type LoadOptions, type LoadResult } from './catalogue.js';
export { builtInCalendars } from './build.js';
export { isTimestamp, loadCaseText, type Case, type CaseEvent } from './case.js';
export { allStates, flowEvents, toMachine, type FlowEvent, type PowerMachine, type StateMeta, type TransitionMeta } from './machine.js';
export {
  dictionaries,
  formatMessage,
  isRuleId,
  labelOf,
  messageIds,
  messageVariants,
  printable,
  ruleDocs,
  ruleIds,
  validationIds,
  type Dictionary,
  type MessageId,
  type MessageParams,
  type MessageVariant,
  type RuleId,
  type ValidationId,
  type VocabularyName,
} from './messages/index.js';
export { lintPower, ruleList, type LintPowerOptions, type LintSettings, type RuleInfo, type RuleSeverity } from './lint/index.js';
export type * from './model.js';
export { fromPointer, hasErrors, sortProblems, type Problem, type Severity } from './problems.js';
export { Conformance, type CaseOutcome, type ConformanceOptions, type LogRow, type PowerSummary } from './replay/conformance.js';
export {
  CaseReplay,
  clockTerms,
  replay,
  replayContext,
  violationCodes,
  type ClockReport,
  type ReplayContext,
  type ReplayEvent,
  type ReplayOptions,
  type ReplayResult,
  type ReplayState,
  type Violation,
  type ViolationCode,
} from './replay/replay.js';
export { schemas, type DocumentKind } from './schema.js';
export * from './vocabulary.js';
export { limits, YamlLocator, type Position } from './yaml.js';
export type * from './documents.js';
export { lawsOfTemplate, powerFromTemplate, templateFor, templateLaws, templates, type NewPower, type PowerTemplate, type TemplateId, type TemplateLawId } from './templates/index.js';
export * from './import/index.js';
export { diffCatalogues, diffRecords, flowColumn, flowText, powerRecord, type CatalogueDiff, type FieldChange, type PowerChange, type PowerMention, type PowerRecord } from './diff.js';
