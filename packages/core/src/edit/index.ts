/**
 * @sunlit/core/edit: text-preserving edits of catalogue files, for the editor. Every edit takes a
 * file's text and gives the new text, rewriting only what changed: comments, key order, quoting,
 * spacing, line endings and a byte-order mark are kept everywhere else. Runs in browsers (no
 * `node:` imports). See docs/embedding.md.
 */
export { editYaml } from './merge.js';
export { EditError, editDictionaries, editMessage, editMessageIds, type EditDictionary, type EditMessageId, type EditMessageParams } from './errors.js';
export {
  addState,
  addTransition,
  defaultPowerSchema,
  deleteState,
  deleteTransition,
  newPowerText,
  renameEvent,
  renameState,
  setPositions,
  setPowerField,
  setStateField,
  setTransition,
  type FieldPath,
  type NewPowerInput,
  type NewPowerOptions,
  type NodePosition,
  type TransitionFields,
} from './operations.js';
