/**
 * Simulation: the compiled XState machine of the power runs in the page (@xstate/react); each
 * event the author clicks is sent to it at a time the author chooses, and the clocks are those
 * the case engine computes for the same events (replay, @sunlit/legal-time), so the due dates
 * are the ones `sunlit simulate` would print.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { stringify } from 'yaml';
import { clockTerms, flowEvents, loadCaseText, replay, replayContext, toMachine, type Catalogue, type FlowEvent, type Locale, type Power, type ReplayEvent } from '@sunlit/core';
import { workdaysBetween } from '@sunlit/legal-time';
import { fill, type EditorDictionary } from './messages/index.js';

export interface SimulationProps {
  readonly power: Power;
  readonly catalogue: Catalogue | undefined;
  readonly locale: Locale;
  readonly t: EditorDictionary;
  /** The active leaf states, for the canvas. */
  readonly onActive: (paths: ReadonlySet<string>) => void;
}

/** `YYYY-MM-DDTHH:mm` of now, at the start of the hour: a start time a person would type. */
function defaultStart(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T09:00`;
}

/** Leaf state paths of an XState snapshot value. */
function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const inner = leaves(child, `${prefix}${key}.`);
    return inner.length === 0 ? [prefix + key] : inner;
  });
}

function Run({ power, catalogue, locale, t, onActive, start, played }: SimulationProps & { start: string; played?: readonly ReplayEvent[] }) {
  const machine = useMemo(() => toMachine(power), [power]);
  const actor = useActorRef(machine);
  const snapshot = useSelector(actor, (current) => current);
  const [events, setEvents] = useState<ReplayEvent[]>(() => [...(played ?? [])]);
  const [at, setAt] = useState(() => played?.[played.length - 1]?.at.slice(0, 16) ?? start);
  // A played case file: its events go to the machine once, as if clicked.
  useEffect(() => {
    for (const event of played ?? []) actor.send({ type: event.event, ...(event.guard !== undefined && { guard: event.guard }) } as never);
  }, [actor, played]);
  const context = useMemo(() => replayContext(catalogue), [catalogue]);
  const terms = clockTerms(locale);

  const active = useMemo(() => leaves(snapshot.value), [snapshot]);
  useEffect(() => onActive(new Set(active)), [active, onActive]);
  useEffect(() => () => onActive(new Set()), [onActive]);

  const enabled = useMemo(
    () => flowEvents(power.flow).filter((event) => machine.getTransitionData(snapshot as never, event as never).length > 0),
    [power, machine, snapshot],
  );
  const result = useMemo(() => {
    try {
      return replay(power, { id: 'simulation', opened: start, events }, { context, at: at.length === 16 ? `${at}:00` : at, locale });
    } catch {
      return undefined;
    }
  }, [power, start, events, context, at, locale]);

  const send = (event: FlowEvent) => {
    actor.send(event as never);
    setEvents((current) => [...current, { at: at.length === 16 ? `${at}:00` : at, event: event.type, ...(event.guard !== undefined && { guard: event.guard }) }]);
  };

  const exportCase = () => {
    const text = `# ${power.name}\n${stringify({ case: `sim-${start.slice(0, 10)}`, power: power.code, opened: start.length === 16 ? `${start}:00` : start, events }, { lineWidth: 0 })}`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
    link.download = `${power.code}-case.yaml`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const today = at.slice(0, 10);
  const remaining = (due: string): string => {
    try {
      const calendar = context.calendars.get(context.calendar);
      if (calendar === undefined || due.length < 10) return '';
      const days = due.slice(0, 10) >= today ? workdaysBetween(today, due.slice(0, 10), calendar) : -workdaysBetween(due.slice(0, 10), today, calendar);
      return String(days);
    } catch {
      return '';
    }
  };

  return (
    <div className="sl-simulation-run">
      <div className="sl-field">
        <label htmlFor="sim-at">{t.simulation.at}</label>
        <input id="sim-at" type="datetime-local" value={at} min={start} onChange={(event) => event.target.value !== '' && setAt(event.target.value)} />
      </div>
      <p>
        <strong>{snapshot.status === 'done' ? t.simulation.finished : t.simulation.active}</strong>：<span data-testid="active-states">{active.join('、')}</span>
      </p>
      <h3>{t.simulation.events}</h3>
      {enabled.length === 0 ? (
        <p className="sl-hint">{t.simulation.noEvents}</p>
      ) : (
        <ul className="sl-events">
          {enabled.map((event) => (
            <li key={`${event.type}\u0000${event.guard ?? ''}`}>
              <button type="button" onClick={() => send(event)} data-event={event.type}>
                {event.guard === undefined ? event.type : `${event.type}（${event.guard}）`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.simulation.clocks}</h3>
      <table className="sl-clocks">
        <thead>
          <tr>
            <th scope="col">{t.simulation.clock}</th>
            <th scope="col">{t.simulation.startDay}</th>
            <th scope="col">{t.simulation.due}</th>
            <th scope="col">{t.simulation.remaining}</th>
            <th scope="col">{t.simulation.status}</th>
          </tr>
        </thead>
        <tbody>
          {(result?.clocks ?? []).map((clock) => (
            <tr key={clock.id} data-clock={clock.id}>
              <th scope="row">{clock.name}</th>
              <td>{clock.start}</td>
              <td data-testid="due">{clock.due}</td>
              <td>{clock.status === 'met' || clock.status === 'missed' ? '' : remaining(clock.due)}</td>
              <td className={`sl-status sl-${clock.status}`}>{terms.statuses[clock.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result !== undefined && result.violations.length > 0 && (
        <>
          <h3>{t.simulation.violations}</h3>
          <ul className="sl-violations">
            {result.violations.map((violation, index) => (
              <li key={index}>
                {violation.at} {violation.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.simulation.history}</h3>
      <ol className="sl-history">
        {events.map((event, index) => (
          <li key={index}>
            {event.at.replace('T', ' ')} {event.event}
            {event.guard !== undefined && `（${event.guard}）`}
          </li>
        ))}
      </ol>
      <button type="button" onClick={exportCase} disabled={events.length === 0}>
        {t.simulation.exportCase}
      </button>
    </div>
  );
}

/** The simulation panel: a start time, then a run that restarts whenever the flow changes. */
export function Simulation(props: SimulationProps) {
  const { power, t } = props;
  const [start, setStart] = useState(defaultStart);
  const [runId, setRunId] = useState(0);
  const [played, setPlayed] = useState<{ events: ReplayEvent[]; opened: string }>();
  const [error, setError] = useState<string>();
  const key = `${power.code}\u0000${JSON.stringify(power.flow.source)}\u0000${runId}\u0000${start}`;

  const play = async (file: File) => {
    const loaded = loadCaseText(await file.text(), file.name, { locale: props.locale });
    if (loaded.case === undefined) {
      setError(fill(t.simulation.caseError, { reason: loaded.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`).join('；') }));
      return;
    }
    setError(undefined);
    const opened = loaded.case.opened ?? loaded.case.events[0]?.at ?? start;
    setPlayed({ events: loaded.case.events.map((event) => ({ at: event.at, event: event.event, ...(event.guard !== undefined && { guard: event.guard }) })), opened });
    setStart(opened.slice(0, 16));
    setRunId((id) => id + 1);
  };

  return (
    <section className="sl-panel sl-simulation" aria-labelledby="simulation-heading">
      <h2 id="simulation-heading">{t.simulation.heading}</h2>
      <div className="sl-row">
        <div className="sl-field">
          <label htmlFor="sim-start">{t.simulation.start}</label>
          <input id="sim-start" type="datetime-local" value={start} onChange={(event) => event.target.value !== '' && (setStart(event.target.value), setPlayed(undefined))} />
        </div>
        <button type="button" onClick={() => (setPlayed(undefined), setRunId((id) => id + 1))}>
          {t.simulation.restart}
        </button>
        <label className="sl-file-button">
          {t.simulation.playCase}
          <input type="file" accept=".yaml,.yml,.json" onChange={(event) => event.target.files?.[0] && void play(event.target.files[0])} />
        </label>
      </div>
      {error !== undefined && (
        <p className="sl-error" role="alert">
          {error}
        </p>
      )}
      <Run key={key} {...props} start={start} {...(played !== undefined && { played: played.events })} />
    </section>
  );
}

