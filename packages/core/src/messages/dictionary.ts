/** The shape of one language's messages. */

/** Every problem code validation reports. The codes are stable: tools and docs (docs/problems.md) rely on them. */
export const validationIds = [
  'file-unreadable',
  'file-too-large',
  'too-many-problems',
  'invalid-encoding',
  'not-a-catalogue',
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-too-deep',
  'yaml-alias-limit',
  'yaml-unknown-tag',
  'yaml-empty',
  'yaml-multiple-documents',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'invalid-value',
  'unknown-category',
  'unknown-step',
  'unknown-outcome',
  'unknown-checkpoint-kind',
  'unknown-risk-level',
  'unknown-right-kind',
  'unknown-unit',
  'unknown-level',
  'unknown-party',
  'invalid-code',
  'invalid-id',
  'invalid-state-name',
  'invalid-event-name',
  'invalid-target',
  'reserved-name',
  'invalid-basis-ref',
  'invalid-date',
  'invalid-timestamp',
  'invalid-article-number',
  'invalid-date-range',
  'out-of-range',
  'empty-value',
  'too-few-items',
  'duplicate-item',
  'unsupported-version',
  'empty-states',
  'invalid-glob',
  'glob-no-match',
  'file-outside-catalogue',
  'unknown-department',
  'unknown-law',
  'unknown-target',
  'unknown-initial',
  'missing-initial',
  'parallel-with-initial',
  'parallel-without-regions',
  'final-state-has-exits',
  'final-state-has-states',
  'ondone-on-atomic',
  'ondone-loop',
  'unknown-clock-state',
  'unknown-clock-event',
  'unknown-calendar',
  'unknown-timezone',
  'duplicate-code',
  'duplicate-id',
  'unknown-layout-state',
  'unknown-rule',
] as const;

/**
 * The lint rules, by id: the code of each problem a rule reports (docs/rules/<id>.md). The ids are
 * a contract; the rules themselves are in ../lint/rules/.
 */
export const ruleIds = [
  'no-unreachable-state',
  'no-dead-end',
  'final-state-required',
  'no-clock-without-stop',
  'penalty-notice-before-decision',
  'penalty-hearing-right',
  'penalty-legal-review',
  'licensing-correction-branch',
  'adverse-final-tells-remedies',
  'promised-within-statutory',
  'step-deadlines-fit-statutory',
  'high-risk-needs-controls',
  'basis-required',
  'ogi-reply-period',
  'penalty-decision-period',
  'unit-matches-statute',
] as const;

/** Every problem code Sunlit reports: validation's, then the lint rules'. */
export const messageIds = [...validationIds, ...ruleIds] as const;

export type ValidationId = (typeof validationIds)[number];
export type RuleId = (typeof ruleIds)[number];
export type MessageId = ValidationId | RuleId;

/** Other wordings of a rule's message, for the other cases the rule finds: `<rule id>.<case>`. */
export const messageVariants = [
  'final-state-required.on-done',
  'no-clock-without-stop.final',
  'penalty-hearing-right.heavy',
  'penalty-hearing-right.right',
  'penalty-decision-period.missing',
  'licensing-correction-branch.clock',
  'high-risk-needs-controls.owner',
  'ogi-reply-period.extension',
  'unit-matches-statute.penalty',
  'unit-matches-statute.coercion',
  'unit-matches-statute.reconsideration',
] as const;

export type MessageVariant = (typeof messageVariants)[number];

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface Dictionary {
  readonly severity: { readonly error: string; readonly warning: string };
  /** Opening and closing quotation marks around values the user wrote. */
  readonly quote: readonly [string, string];
  readonly listSeparator: string;
  /** Joins the parts of a place: 状态“登记”的事件“补正”; state "登记", event "补正". */
  readonly placeSeparator: string;
  readonly messages: Readonly<Record<MessageId, string>>;
  /** The other wordings of rule messages (see `messageVariants`). */
  readonly variants: Readonly<Record<MessageVariant, string>>;
  /** {rule}: where a rule is explained, added to every rule's message. */
  readonly hints: { readonly suggestion: string; readonly quote: string; readonly rule: string };
  /** A period as words, by unit: {n} 个工作日 / {n} working days. */
  readonly periods: Readonly<Record<'workday' | 'day' | 'month' | 'year' | 'hour', string>>;
  /** Joins the states of a path: 登记 → 审查. */
  readonly pathSeparator: string;
  /** Comparisons of a range, as words: ">=" → 不小于 / at least. */
  readonly comparisons: Readonly<Record<'>=' | '<=' | '>' | '<', string>>;
  readonly types: Readonly<Record<JsonType, string>>;
  /** Phrases naming a place in a file; {name} is quoted, {n} counts from 1, {field} is a label. */
  readonly places: {
    readonly power: string;
    readonly state: string;
    readonly event: string;
    readonly branch: string;
    readonly onDone: string;
    readonly clock: string;
    readonly department: string;
    readonly law: string;
    readonly calendar: string;
    readonly item: string;
    readonly event_item: string;
    readonly field: string;
  };
  /** Field labels by key; "<parent>.<key>" overrides where a key means something else there. */
  readonly fields: Readonly<Record<string, string>>;
  /** Vocabulary labels (written in simplified Chinese in vocabulary.ts) as this language writes them. */
  readonly terms: Readonly<Record<string, string>>;
  /** Reasons given by the YAML parser and the file system (by prefix), and how to say them. */
  readonly yamlReasons: readonly (readonly [string, string])[];
}
