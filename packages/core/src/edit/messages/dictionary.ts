/** The shape of one language's messages for edits that cannot be made (`EditError`). */

/** Why an edit was refused. The ids are stable: the editor may react to them (e.g. `yaml-invalid`). */
export const editMessageIds = [
  'yaml-invalid',
  'file-too-large',
  'not-a-power',
  'not-a-mapping',
  'invalid-path',
  'reserved-name',
  'invalid-state-id',
  'invalid-event-name',
  'invalid-target',
  'state-not-found',
  'state-exists',
  'event-not-found',
  'event-exists',
  'branch-not-found',
  'transition-exists',
  'target-ambiguous',
  'invalid-position',
  'invalid-value',
] as const;

export type EditMessageId = (typeof editMessageIds)[number];

export interface EditDictionary {
  /**
   * Placeholders: {value} the id, name or path concerned (quoted); {state} the state (quoted);
   * {target} a target state (quoted); {n} a branch number, from 1; {line} a line; {n} also a size in bytes; {reason} the
   * parser's words; {place} where in the file.
   */
  readonly messages: Readonly<Record<EditMessageId, string>>;
  readonly quote: readonly [string, string];
  /** The flow's top level, where {state} has no state to name. */
  readonly topLevel: string;
  /** {place} when the place is the whole document. */
  readonly document: string;
}
