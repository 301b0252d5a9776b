/**
 * A flow as a chart graph: boxes with their wrapped text and sizes, groups for parallel and nested
 * states, decision diamonds where a step branches by guard, and edges with their labels. No positions
 * yet (see layout.ts). Pure data, so the editor and the portal draw the same chart.
 */
import { labelOf, type Locale, type Period, type Power, type State, type Transition } from '@sunlit/core';
import type { RenderDictionary } from './dictionary.js';
import { dictionaryOf, fill } from './words.js';
import { textWidth, wrapText } from './text.js';

/** The shape of a box: rounded start and end, rectangles for steps, diamonds for guarded branches, frames for groups. */
export type NodeShape = 'start' | 'end' | 'step' | 'decision' | 'group' | 'parallel';

/** A coloured badge that says in words what its colour says. */
export interface Badge {
  readonly text: string;
  readonly tone: 'checkpoint' | 'risk-high' | 'risk-medium' | 'risk-low';
  readonly width: number;
}

/** A box of the chart. */
export interface ChartNode {
  /** Id in the chart (n0, n1, …). */
  readonly id: string;
  /** Path of the state it draws ("联合审查.现场核查"); absent for decision diamonds. */
  readonly path?: string;
  readonly shape: NodeShape;
  /** The name (or, for a group, its title), wrapped. */
  readonly title: readonly string[];
  /** Smaller lines: actor, deadline, transitions that stay in the step. */
  readonly details: readonly string[];
  readonly badges: readonly Badge[];
  readonly width: number;
  readonly height: number;
  /** Height of the title band of a group. */
  readonly header: number;
  readonly children: readonly ChartNode[];
  /** For a decision diamond: the state and event that branch there. */
  readonly branches?: { readonly source: string; readonly event: string };
}

/** An arrow of the chart. */
export interface ChartEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Wrapped label lines (empty when the arrow has no label). */
  readonly label: readonly string[];
  readonly labelWidth: number;
  readonly labelHeight: number;
  /** The transition the arrow draws (absent on the arrow into a decision diamond), for editors. */
  readonly transition?: TransitionRef;
}

/** A transition of the flow: its state's path, its event, and its place among that event's branches. */
export interface TransitionRef {
  readonly source: string;
  readonly event: string;
  readonly index: number;
  /** A transition of the group's `onDone`. */
  readonly onDone?: boolean;
}

/** A flow ready for layout. */
export interface ChartGraph {
  readonly code: string;
  readonly name: string;
  readonly direction: 'TB' | 'LR';
  readonly nodes: readonly ChartNode[];
  readonly edges: readonly ChartEdge[];
  /** Saved positions by chart node id (from `power.layout`, relative to the parent group). */
  readonly saved: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
}

/** Sizes used by the chart, in pixels. */
export const metrics = {
  titleSize: 14,
  titleLine: 19,
  detailSize: 12,
  detailLine: 16,
  badgeSize: 12,
  badgeHeight: 18,
  padding: 10,
  textWidth: 168,
  minWidth: 96,
  labelSize: 12,
  labelLine: 15,
  labelWidth: 120,
  decisionWidth: 84,
} as const;

/** Options of chartGraph. */
export interface GraphOptions {
  /** Language of the words the chart adds (actor, time limit, badges); default zh-Hans. */
  readonly locale?: Locale;
}

/** A period as the chart writes it: 15个工作日 / 15 working days. */
export function periodText(period: Pick<Period, 'within' | 'unit'>, words: RenderDictionary): string {
  return fill(words.period, { n: period.within, unit: words.units[period.unit] });
}

function widest(lines: readonly string[], size: number): number {
  return lines.reduce((max, line) => Math.max(max, textWidth(line, size)), 0);
}

/** The chart graph of a power's flow. */
export function chartGraph(power: Pick<Power, 'code' | 'name' | 'flow' | 'layout'>, options: GraphOptions = {}): ChartGraph {
  const locale = options.locale ?? 'zh-Hans';
  const words = dictionaryOf(locale);
  const ids = new Map<string, string>();
  let counter = 0;
  const nextId = () => `n${counter++}`;
  const edges: ChartEdge[] = [];
  const pendingEdges: { from: string; transitions: readonly Transition[]; done: boolean }[] = [];

  const edge = (source: string, target: string, label: string, transition?: TransitionRef): void => {
    const lines = label === '' ? [] : wrapText(label, metrics.labelWidth, metrics.labelSize);
    edges.push({
      id: `e${edges.length}`,
      source,
      target,
      label: lines,
      labelWidth: lines.length === 0 ? 0 : widest(lines, metrics.labelSize) + 6,
      labelHeight: lines.length * metrics.labelLine + (lines.length === 0 ? 0 : 2),
      ...(transition !== undefined && { transition }),
    });
  };

  const colon = locale === 'en' ? ': ' : '：';
  /** The list of boxes that holds a state's box: decisions go next to the step that branches. */
  const containerOf = new Map<string, ChartNode[]>();
  const buildNode = (state: State, topLevel: boolean, container: ChartNode[]): ChartNode => {
    const id = nextId();
    containerOf.set(state.path, container);
    ids.set(state.path, id);
    const title = wrapText(state.name, metrics.textWidth, metrics.titleSize);
    if (state.states.length > 0) {
      const children: ChartNode[] = [];
      for (const child of state.states) children.push(buildNode(child, false, children));
      const label = state.kind === 'parallel' ? `${state.name}（${words.parallel}）` : state.name;
      const groupTitle = wrapText(locale === 'en' && state.kind === 'parallel' ? `${state.name} (${words.parallel})` : label, metrics.textWidth * 1.5, metrics.titleSize);
      const stays = state.transitions.filter((transition) => transition.target === undefined).map((transition) => '↻ ' + transition.event);
      const details = stays.flatMap((line) => wrapText(line, metrics.textWidth * 1.5, metrics.detailSize));
      pendingEdges.push({ from: state.path, transitions: state.transitions, done: false }, { from: state.path, transitions: state.onDone, done: true });
      const header = metrics.padding + groupTitle.length * metrics.titleLine + details.length * metrics.detailLine;
      return {
        id,
        path: state.path,
        shape: state.kind === 'parallel' ? 'parallel' : 'group',
        title: groupTitle,
        details,
        badges: [],
        width: Math.max(widest(groupTitle, metrics.titleSize), widest(details, metrics.detailSize)) + 2 * metrics.padding,
        height: header + 2 * metrics.padding,
        header,
        children,
      };
    }
    const details: string[] = [];
    if (state.actor !== undefined) details.push(...wrapText(`${words.actor}${colon}${state.actor}`, metrics.textWidth, metrics.detailSize));
    if (state.deadline !== undefined) details.push(...wrapText(`${words.deadline}${colon}${periodText(state.deadline, words)}`, metrics.textWidth, metrics.detailSize));
    for (const transition of state.transitions) {
      if (transition.target === undefined) details.push(...wrapText('↻ ' + transition.event, metrics.textWidth, metrics.detailSize));
    }
    const badges: Badge[] = [];
    if (state.checkpoint !== undefined) {
      const text = labelOf('checkpointKind', state.checkpoint.kind, locale);
      badges.push({ text, tone: 'checkpoint', width: textWidth(text, metrics.badgeSize) + 10 });
    }
    if (state.risk !== undefined) {
      const text = fill(words.riskBadge, { level: labelOf('riskLevel', state.risk.level, locale) });
      badges.push({ text, tone: `risk-${state.risk.level}`, width: textWidth(text, metrics.badgeSize) + 10 });
    }
    pendingEdges.push({ from: state.path, transitions: state.transitions, done: false });
    const shape: NodeShape = state.kind === 'final' ? 'end' : topLevel && state.id === power.flow.initial ? 'start' : 'step';
    const badgesWidth = badges.reduce((sum, badge) => sum + badge.width, 0) + Math.max(0, badges.length - 1) * 4;
    const contentWidth = Math.max(widest(title, metrics.titleSize), widest(details, metrics.detailSize), badgesWidth);
    const contentHeight = title.length * metrics.titleLine + details.length * metrics.detailLine + (badges.length > 0 ? metrics.badgeHeight + 4 : 0);
    const height = contentHeight + 2 * metrics.padding;
    const rounded = shape === 'start' || shape === 'end';
    return {
      id,
      path: state.path,
      shape,
      title,
      details,
      badges,
      width: Math.max(metrics.minWidth, contentWidth + 2 * metrics.padding + (rounded ? Math.min(height, 40) / 2 : 0)),
      height,
      header: 0,
      children: [],
    };
  };

  const nodes: ChartNode[] = [];
  for (const state of power.flow.states) nodes.push(buildNode(state, true, nodes));
  for (const { from, transitions, done } of pendingEdges) {
    const source = ids.get(from)!;
    const byEvent = new Map<string, Transition[]>();
    const indexOf = new Map<Transition, number>();
    for (const transition of transitions) {
      const list = byEvent.get(transition.event) ?? [];
      indexOf.set(transition, list.length);
      byEvent.set(transition.event, [...list, transition]);
    }
    const ref = (transition: Transition): TransitionRef => ({ source: from, event: transition.event, index: indexOf.get(transition)!, ...(done && { onDone: true }) });
    for (const [event, all] of byEvent) {
      const list = all.filter((transition) => transition.target !== undefined);
      if (list.length === 0) continue;
      const guarded = list.some((transition) => transition.guard !== undefined);
      if (!guarded) {
        for (const transition of list) {
          const target = ids.get(transition.target!);
          if (target !== undefined) edge(source, target, done ? words.done : event, ref(transition));
        }
        continue;
      }
      const id = nextId();
      const title = wrapText(event, metrics.decisionWidth, metrics.detailSize);
      const textW = widest(title, metrics.detailSize);
      const textH = title.length * metrics.detailLine;
      containerOf.get(from)!.push({ id, shape: 'decision', title, details: [], badges: [], width: Math.ceil(textW * 1.5 + 28), height: Math.ceil(textH * 2.6 + 18), header: 0, children: [], branches: { source: from, event } });
      edge(source, id, '');
      for (const transition of list) {
        const target = ids.get(transition.target!);
        if (target !== undefined) edge(id, target, transition.guard ?? words.otherwise, ref(transition));
      }
    }
  }

  const saved: Record<string, { x: number; y: number }> = {};
  for (const [path, position] of Object.entries(power.layout?.nodes ?? {})) {
    const id = ids.get(path);
    if (id !== undefined && Number.isFinite(position.x) && Number.isFinite(position.y)) saved[id] = { x: position.x, y: position.y };
  }
  return { code: power.code, name: power.name, direction: power.layout?.direction ?? 'TB', nodes, edges, saved };
}
