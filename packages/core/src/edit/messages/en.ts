import type { EditDictionary } from './dictionary.js';

export const editEn: EditDictionary = {
  messages: {
    'yaml-invalid': 'Line {line} of the file has a YAML error ({reason}); graphical editing is unavailable until it is fixed in the YAML view.',
    'file-too-large': 'The file is too large ({n} bytes) to edit; a file may hold at most 5242880 bytes (5 MB). If it holds several powers, put each in its own file.',
    'not-a-power': '{place} is not a power (expected a mapping with code and flow).',
    'not-a-mapping': '{place} should be a mapping ("key: value"), not a list or text, so it cannot be edited here; change it in the YAML view.',
    'invalid-path': 'Field path {value} is invalid: it must not be empty, and each part is a field name or a list index.',
    'reserved-name': '{value} is a reserved word and cannot name a state, an event or a field.',
    'invalid-state-id': 'State name {value} is invalid: it must not be empty, contain . or #, or start with $ or a space.',
    'invalid-event-name': 'Event name {value} is invalid: it must not be empty, contain . or #, or start with $ or a space.',
    'invalid-target': 'Target {value} is invalid: give a state path, with nested states written "parent.child".',
    'state-not-found': 'The flow has no state {value}.',
    'state-exists': '{state} already has a state {value}; states at one level need different names.',
    'event-not-found': 'State {state} has no event {value}.',
    'event-exists': 'State {state} already has an event {value}; choose another name, or add a branch to that event.',
    'branch-not-found': 'Event {value} of state {state} has no branch {n}.',
    'transition-exists': 'Event {value} of state {state} already goes to {target}.',
    'target-ambiguous': 'From state {state}, no target can be written that names only {target} (a state elsewhere has the same name); rename one of them first.',
    'invalid-position': 'The position of state {value} is invalid: x and y must be numbers, width and height numbers of at least 0.',
    'invalid-value': 'The value of {place} cannot be written in YAML (only text, numbers, true/false, lists and mappings).',
  },
  quote: ['"', '"'],
  topLevel: 'the top level of the flow',
  document: 'the top of the file',
};
