import type { ReplayDictionary } from './dictionary.js';

export const en: ReplayDictionary = {
  violations: {
    'unexpected-event': 'Event {event} cannot happen in the current state ({states}); it was not applied.',
    'after-final': 'The case was already closed in {states}; the later event {event} was not applied.',
    'out-of-order': 'Event {event} at {at} is earlier than the previous event at {previous}: time cannot go backwards; counted as {previous}.',
    'unknown-event': 'Event {event} is not an event of this power\'s flow; it was not applied.',
    overdue: '{clock} was due by the end of {due} but was completed at {at}, {late} {unit} late.',
    'overdue-now': '{clock} fell due at the end of {due} and was still open at {at}: {late} {unit} overdue.',
    'late-extension': '{clock} fell due at the end of {due}; the extension at {at} came after that and does not count.',
    'extension-exceeded': '{clock} may be extended at most {times} time(s); this extension does not count.',
    'calendar-range': 'Computing {clock} needs the holiday arrangement of {year}, which calendar {calendar} does not have (it has {covered}). Update the calendar once the State Council publishes that year.',
    'invalid-timestamp': 'Time {at} is not a valid time; write it like 2026-09-28T10:12:00+08:00 or 2026-09-28 10:12. The event was not applied.',
    'unknown-power': 'The catalogue has no power with code {power}.',
    'flow-loop': 'After event {event} the flow completes and re-enters states for ever from the current state ({states}), so it has no result; the event was not applied. This is an error in the flow (an onDone or a wildcard event “*” that leads back to a completed state): change the flow.',
  },
  deadlineClock: 'time limit of {state}',
  units: { workday: 'working day(s)', day: 'day(s)', month: 'month(s)', year: 'year(s)', hour: 'hour(s)' },
  statuses: { running: 'running', 'due-soon': 'due soon', paused: 'paused', overdue: 'overdue', met: 'met', missed: 'missed' },
  listSeparator: ', ',
  quote: ['"', '"'],
};
