/**
 * Compiling a power's flow into an XState v5 machine. The machine's states, events, parallel
 * regions and `onDone` are exactly the flow's; the legal metadata of each state and transition
 * travels in `meta`. Sunlit adds clocks and checks on top of the machine; it does not change XState.
 */
import { setup } from 'xstate';
import type { Checkpoint, Deadline, Flow, LawRef, Power, Risk, State, Transition } from './model.js';
import type { Outcome, Step } from './vocabulary.js';

/** An event of a flow: its name, and the guard label that picks a branch (决定 + 准予). */
export interface FlowEvent {
  readonly type: string;
  readonly guard?: string;
}

/** What a compiled state carries in `meta`. */
export interface StateMeta {
  readonly path: string;
  readonly name: string;
  readonly step?: Step;
  readonly actor?: string;
  readonly action?: string;
  readonly basis: readonly LawRef[];
  readonly deadline?: Deadline;
  readonly checkpoint?: Checkpoint;
  readonly risk?: Risk;
  readonly duties: readonly string[];
  readonly documents: readonly string[];
  readonly outcome?: Outcome;
  readonly remedies?: boolean;
}

/** What a compiled transition carries in `meta`. */
export interface TransitionMeta {
  readonly guard?: string;
  readonly basis: readonly LawRef[];
  readonly checkpoint?: Checkpoint;
}

const flowSetup = setup({
  types: {
    events: {} as FlowEvent,
    meta: {} as StateMeta,
  },
  guards: {
    /** A branch is taken when the event names its guard label. */
    label: ({ event }, params: { label: string }) => event.guard === params.label,
  },
});

/** The XState machine of a power's flow. */
export type PowerMachine = ReturnType<typeof createFlowMachine>;

function createFlowMachine(id: string, flow: Flow) {
  return flowSetup.createMachine({
    id,
    initial: flow.initial,
    states: statesConfig(flow.states, id),
  });
}

/**
 * Compiles a power's flow into an XState machine, with the power's code as its id.
 *
 * @example
 * const actor = createActor(toMachine(power)).start();
 * actor.send({ type: '提交申请' });
 * actor.getSnapshot().value; // '登记'
 */
export function toMachine(power: Pick<Power, 'code' | 'flow'>): PowerMachine {
  return createFlowMachine(power.code, power.flow);
}

/** Escapes a state id for XState's "#id.path" targets, where "." separates and "\" escapes. */
function escapeId(id: string): string {
  return id.replace(/[\\.]/g, (character) => '\\' + character);
}

/** Target of a transition as XState resolves it: absolute, from the machine's root. */
function targetOf(machineId: string, path: string): string {
  return `#${escapeId(machineId)}.${path.split('.').map(escapeId).join('.')}`;
}

// XState's config types are deeply generic; the compiled config is checked by building the machine.
type StateConfig = Record<string, unknown>;

function statesConfig(states: readonly State[], machineId: string): Record<string, StateConfig> {
  const config: Record<string, StateConfig> = {};
  for (const state of states) config[state.id] = stateConfig(state, machineId);
  return config;
}

function stateConfig(state: State, machineId: string): StateConfig {
  const meta: StateMeta = {
    path: state.path,
    name: state.name,
    basis: state.basis,
    duties: state.duties,
    documents: state.documents,
    ...(state.step !== undefined && { step: state.step }),
    ...(state.actor !== undefined && { actor: state.actor }),
    ...(state.action !== undefined && { action: state.action }),
    ...(state.deadline !== undefined && { deadline: state.deadline }),
    ...(state.checkpoint !== undefined && { checkpoint: state.checkpoint }),
    ...(state.risk !== undefined && { risk: state.risk }),
    ...(state.outcome !== undefined && { outcome: state.outcome }),
    ...(state.remedies !== undefined && { remedies: state.remedies }),
  };
  const config: StateConfig = { meta };
  if (state.description !== undefined) config.description = state.description;
  if (state.kind === 'final' || state.kind === 'parallel') config.type = state.kind;
  if (state.kind === 'compound') config.initial = state.initial;
  if (state.states.length > 0) config.states = statesConfig(state.states, machineId);
  if (state.transitions.length > 0) {
    const on: Record<string, StateConfig[]> = {};
    for (const transition of state.transitions) (on[transition.event] ??= []).push(transitionConfig(transition, machineId));
    config.on = on;
  }
  if (state.onDone.length > 0) config.onDone = state.onDone.map((transition) => transitionConfig(transition, machineId));
  return config;
}

function transitionConfig(transition: Transition, machineId: string): StateConfig {
  const meta: TransitionMeta = {
    basis: transition.basis,
    ...(transition.guard !== undefined && { guard: transition.guard }),
    ...(transition.checkpoint !== undefined && { checkpoint: transition.checkpoint }),
  };
  const config: StateConfig = { meta };
  if (transition.target !== undefined) config.target = targetOf(machineId, transition.target);
  if (transition.guard !== undefined) config.guard = { type: 'label', params: { label: transition.guard } };
  if (transition.description !== undefined) config.description = transition.description;
  return config;
}

/** Every event a flow can take, once per guard label: what a simulator offers as buttons. */
export function flowEvents(flow: Flow): FlowEvent[] {
  const events = new Map<string, FlowEvent>();
  const visit = (states: readonly State[]) => {
    for (const state of states) {
      for (const transition of state.transitions) {
        const event: FlowEvent = transition.guard === undefined ? { type: transition.event } : { type: transition.event, guard: transition.guard };
        events.set(`${event.type}\u0000${event.guard ?? ''}`, event);
      }
      visit(state.states);
    }
  };
  visit(flow.states);
  return [...events.values()];
}

/** Every state of a flow, depth first, in the order written. */
export function allStates(flow: Pick<Flow, 'states'>): State[] {
  const result: State[] = [];
  const visit = (states: readonly State[]) => {
    for (const state of states) {
      result.push(state);
      visit(state.states);
    }
  };
  visit(flow.states);
  return result;
}
