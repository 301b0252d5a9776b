/** The shape of one language's messages. */

/** Every problem code Sunlit reports. The codes are stable: tools and docs rely on them. */
export const messageIds = [
  'file-unreadable',
  'file-too-large',
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
  'unknown-clock-state',
  'unknown-clock-event',
  'unknown-calendar',
  'unknown-timezone',
  'duplicate-code',
  'duplicate-id',
  'unknown-layout-state',
] as const;

export type MessageId = (typeof messageIds)[number];

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface Dictionary {
  readonly severity: { readonly error: string; readonly warning: string };
  /** Opening and closing quotation marks around values the user wrote. */
  readonly quote: readonly [string, string];
  readonly listSeparator: string;
  /** Joins the parts of a place: 状态“登记”的事件“补正”; state "登记", event "补正". */
  readonly placeSeparator: string;
  readonly messages: Readonly<Record<MessageId, string>>;
  readonly hints: { readonly suggestion: string; readonly quote: string };
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
