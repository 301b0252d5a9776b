/** Properties every laid-out chart must have, on the examples and on flows made to be awkward. */
import { loadCatalogue, memorySource, type Power } from '@sunlit/core';
import { loadCatalogueFromPath } from '@sunlit/core/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartGraph, layoutChart, layoutChartSync, type ChartLayout, type PlacedNode, type Point } from '../src/index.js';

const flat = (nodes: readonly PlacedNode[]): PlacedNode[] => nodes.flatMap((node) => [node, ...flat(node.children)]);

/** A flow with nested and parallel states, arrows leaving and entering groups at several depths, loops, a guarded branch and a label-heavy fan-out. */
const awkward = (direction: 'TB' | 'LR') => `sunlit: 1
id: awkward
title: t
authority: a
edition: "1"
departments: [{ id: d, name: d }]
laws: [{ id: l, title: 法 }]
powers:
  - code: AW-1
    name: 难排的流程
    category: other
    department: d
    basis: [l 1]
    layout: { direction: ${direction} }
    flow:
      initial: 申请
      states:
        申请:
          on: { 提交: 审查, 直接撤回: 撤回 }
        审查:
          initial: 初审
          on: { 撤回申请: 撤回 }
          states:
            初审:
              on: { 需要补正: 补正, 初审通过: 会审 }
            补正:
              on: { 补正完毕: 初审, 逾期未补正: 撤回 }
            会审:
              type: parallel
              onDone: 决定
              states:
                甲方:
                  initial: 甲审
                  states:
                    甲审: { on: { 甲审完毕: 甲意见, 甲方退回: 申请 } }
                    甲意见: { type: final }
                乙方:
                  initial: 乙审
                  states:
                    乙审: { on: { 乙审完毕: 乙意见 } }
                    乙意见: { type: final }
        决定:
          on:
            作出决定:
              - { target: 准予, guard: 符合条件的予以准予并当场告知申请人 }
              - { target: 不予, guard: 不符合 }
              - { target: 审查, guard: 材料不全需要重新审查 }
        准予: { type: final }
        不予: { type: final }
        撤回: { type: final }
`;

let examples: readonly Power[] = [];
const awkwardPowers: Power[] = [];
beforeAll(async () => {
  examples = (await loadCatalogueFromPath(new URL('../../../examples/shenyang', import.meta.url).pathname)).catalogue!.powers;
  for (const direction of ['TB', 'LR'] as const) {
    const loaded = await loadCatalogue('c.yaml', memorySource({ 'c.yaml': awkward(direction) }));
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    awkwardPowers.push(loaded.catalogue!.powers[0]!);
  }
});

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x + a.width > b.x + 0.5 && b.x + b.width > a.x + 0.5 && a.y + a.height > b.y + 0.5 && b.y + b.height > a.y + 0.5;
const inside = (inner: Rect, outer: Rect) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
/** On the outline of a box: its border, or for a diamond the four sides joining the middles of the border. */
const onBorder = (point: Point, box: PlacedNode) => {
  if (box.shape === 'decision') {
    const dx = Math.abs(point.x - (box.x + box.width / 2)) / (box.width / 2);
    const dy = Math.abs(point.y - (box.y + box.height / 2)) / (box.height / 2);
    return Math.abs(dx + dy - 1) < 0.05;
  }
  const within = point.x >= box.x - 1 && point.x <= box.x + box.width + 1 && point.y >= box.y - 1 && point.y <= box.y + box.height + 1;
  return within && (Math.abs(point.x - box.x) <= 1 || Math.abs(point.x - box.x - box.width) <= 1 || Math.abs(point.y - box.y) <= 1 || Math.abs(point.y - box.y - box.height) <= 1);
};

function check(layout: ChartLayout, label: string): void {
  const all = flat(layout.nodes);
  const byId = new Map(all.map((node) => [node.id, node]));
  // Boxes of one group (or of the chart) never overlap; a group holds its children.
  const siblings = (nodes: readonly PlacedNode[]) => {
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlaps(a, b), `${label}: ${a.title.join('')} / ${b.title.join('')}`).toBe(false);
    for (const node of nodes) {
      for (const child of node.children) expect(inside(child, node), `${label}: ${child.title.join('')} in ${node.title.join('')}`).toBe(true);
      siblings(node.children);
    }
  };
  siblings(layout.nodes);
  const leaves = all.filter((node) => node.children.length === 0);
  for (const edge of layout.edges) {
    expect(edge.points.length, `${label} ${edge.id}`).toBeGreaterThanOrEqual(2);
    // Arrows start and end on their boxes.
    const source = byId.get(edge.source)!;
    const target = byId.get(edge.target)!;
    expect(onBorder(edge.points[0]!, source), `${label} ${edge.id} starts on ${source.title.join('')}`).toBe(true);
    expect(onBorder(edge.points.at(-1)!, target), `${label} ${edge.id} ends on ${target.title.join('')}`).toBe(true);
    // Orthogonal routes (only arrows of moved boxes are drawn straight).
    for (let index = 1; index < edge.points.length; index++) {
      const [a, b] = [edge.points[index - 1]!, edge.points[index]!];
      expect(Math.abs(a.x - b.x) < 0.2 || Math.abs(a.y - b.y) < 0.2, `${label} ${edge.id} segment ${index}`).toBe(true);
    }
    // Labels sit on no box, and inside the chart.
    if (edge.label.length > 0) {
      expect(edge.labelAt, `${label} ${edge.id}`).toBeDefined();
      const box = { x: edge.labelAt!.x - edge.labelWidth / 2, y: edge.labelAt!.y - edge.labelHeight / 2, width: edge.labelWidth, height: edge.labelHeight };
      for (const leaf of leaves) expect(overlaps(box, leaf), `${label}: label ${edge.label.join('')} on ${leaf.title.join('')}`).toBe(false);
      expect(inside(box, { x: 0, y: 0, width: layout.width, height: layout.height }), `${label}: label ${edge.label.join('')} inside`).toBe(true);
    }
  }
  // Labels do not overlap each other.
  const labels = layout.edges.filter((edge) => edge.labelAt !== undefined).map((edge) => ({ edge, box: { x: edge.labelAt!.x - edge.labelWidth / 2, y: edge.labelAt!.y - edge.labelHeight / 2, width: edge.labelWidth, height: edge.labelHeight } }));
  for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${label}: labels ${a.edge.label.join('')} / ${b.edge.label.join('')}`).toBe(false);
  for (const node of all) expect(inside(node, { x: 0, y: 0, width: layout.width, height: layout.height }), `${label}: ${node.title.join('')} inside the chart`).toBe(true);
}

describe('layout', () => {
  it('keeps boxes, groups, arrows and labels in order on every example', () => {
    for (const power of examples) check(layoutChartSync(chartGraph(power)), power.code);
  });
  it('handles arrows across nested and parallel groups, loops and both directions', () => {
    for (const power of awkwardPowers) {
      const layout = layoutChartSync(chartGraph(power));
      check(layout, `${power.code} ${power.layout?.direction}`);
      const nodes = flat(layout.nodes);
      const box = (path: string) => nodes.find((node) => node.path === path)!;
      // The arrow from deep inside the parallel group back to the start leaves both groups and reaches 申请.
      const back = layout.edges.find((edge) => edge.label.join('') === '甲方退回')!;
      expect(back.source).toBe(box('审查.会审.甲方.甲审').id);
      expect(back.target).toBe(box('申请').id);
      // Left to right charts run left to right.
      const [start, end] = [box('申请'), box('准予')];
      if (power.layout?.direction === 'LR') expect(end.x).toBeGreaterThan(start.x + start.width);
      else expect(end.y).toBeGreaterThan(start.y + start.height);
    }
  });
  it('is deterministic and the same through the promise', async () => {
    for (const power of [...examples, ...awkwardPowers]) {
      const graph = chartGraph(power);
      expect(JSON.stringify(await layoutChart(graph))).toBe(JSON.stringify(layoutChartSync(chartGraph(power))));
    }
  });
});
