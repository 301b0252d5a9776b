/**
 * Compiling a power's flow into an XState v5 machine. The machine's states, events, parallel
 * regions and `onDone` are exactly the flow's; the legal metadata of each state and transition
 * travels in `meta`. Sunlit adds clocks and checks on top of the machine; it does not change XState.
 */
import { setup } from 'xstate';
import type { Flow, Power, State, Transition } from './model.js';

/** An event of a flow: its name, and the guard label that picks a branch (决定 + 准予). */
export interface FlowEvent {
  readonly type: string;
  readonly guard?: string;
}

const stateMetaFields = ['path', 'name', 'step', 'actor', 'action', 'basis', 'deadline', 'checkpoint', 'risk', 'duties', 'documents', 'outcome', 'remedies'] as const;
const transitionMetaFields = ['guard', 'basis', 'checkpoint'] as const;

/** What a compiled state carries in `meta`: its legal facts. */
export type StateMeta = Pick<State, (typeof stateMetaFields)[number]>;

/** What a compiled transition carries in `meta`. */
export type TransitionMeta = Pick<Transition, (typeof transitionMetaFields)[number]>;

/** The named fields of an object that are present. */
function pick<T extends object, K extends keyof T>(object: T, fields: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const field of fields) if (object[field] !== undefined) picked[field] = object[field];
  return picked as Pick<T, K>;
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
  const config: StateConfig = { meta: pick(state, stateMetaFields) };
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
  const config: StateConfig = { meta: pick(transition, transitionMetaFields) };
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
