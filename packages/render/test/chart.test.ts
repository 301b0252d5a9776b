import { allStates, loadCatalogue, memorySource, type Power } from '@sunlit/core';
import { loadCatalogueFromPath } from '@sunlit/core/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartGraph, escapeText, layoutChart, renderFlow, renderStepList, renderSvg, type ChartLayout, type PlacedNode } from '../src/index.js';

let powers: readonly Power[] = [];
beforeAll(async () => {
  const loaded = await loadCatalogueFromPath(new URL('../../../examples/shenyang', import.meta.url).pathname);
  powers = loaded.catalogue!.powers;
});
const power = (code: string) => powers.find((candidate) => candidate.code === code)!;
const flat = (nodes: readonly PlacedNode[]): PlacedNode[] => nodes.flatMap((node) => [node, ...flat(node.children)]);

describe('every example flow', () => {
  it('draws every state name, accessibly, with no style attribute or script', async () => {
    for (const item of powers) {
      const { svg, steps } = await renderFlow(item);
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="chart-title chart-desc"/);
      expect(svg).toContain(`<title id="chart-title">${escapeText(item.name)}权力运行流程图</title>`);
      expect(svg).toMatch(/<desc id="chart-desc">共 \d+ 个环节/);
      expect(svg).not.toMatch(/style=|<script|<foreignObject/i);
      for (const state of allStates(item.flow)) {
        expect(svg.replace(/<\/text><text[^>]*>/g, ''), `${item.code} ${state.name}`).toContain(escapeText(state.name).slice(0, 6));
        expect(steps).toContain(`<h3 class="step-name">${escapeText(state.name)}`);
      }
    }
  }, 60_000);
  it('keeps boxes apart: no two boxes of the same group overlap', async () => {
    for (const item of powers) {
      const layout = await layoutChart(chartGraph(item));
      const check = (nodes: readonly PlacedNode[]) => {
        for (const a of nodes)
          for (const b of nodes) {
            if (a === b) continue;
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${item.code}: ${a.title.join('')} / ${b.title.join('')}`).toBe(true);
          }
        nodes.forEach((node) => check(node.children));
      };
      check(layout.nodes);
    }
  });
});

describe('shapes and badges', () => {
  it('draws the parallel state as a group holding its regions, and its children inside it', async () => {
    const layout = await layoutChart(chartGraph(power('SY-XK-0001')));
    const group = flat(layout.nodes).find((node) => node.path === '联合审查')!;
    expect(group.shape).toBe('parallel');
    expect(group.children.map((child) => child.path)).toEqual(['联合审查.市政审查', '联合审查.交管审查']);
    for (const child of flat(group.children)) {
      expect(child.x).toBeGreaterThanOrEqual(group.x);
      expect(child.y).toBeGreaterThanOrEqual(group.y);
      expect(child.x + child.width).toBeLessThanOrEqual(group.x + group.width + 0.5);
      expect(child.y + child.height).toBeLessThanOrEqual(group.y + group.height + 0.5);
    }
  });
  it('rounds the start and the ends, and puts a diamond where a step branches by guard', async () => {
    const graph = chartGraph(power('SY-XK-0001'));
    const layout = await layoutChart(graph);
    const nodes = flat(layout.nodes);
    expect(nodes.find((node) => node.path === '申请')!.shape).toBe('start');
    expect(nodes.find((node) => node.path === '准予许可')!.shape).toBe('end');
    const diamond = nodes.find((node) => node.shape === 'decision')!;
    expect(diamond.title.join('')).toBe('作出决定');
    const labels = layout.edges.filter((edge) => edge.source === diamond.id).map((edge) => edge.label.join(''));
    expect(labels.sort()).toEqual(['不予', '准予']);
    const svg = renderSvg(layout);
    expect(svg).toContain('<polygon');
  });
  it('shows actor and deadline on each step, and badges in colour and in words', async () => {
    const graph = chartGraph(power('SY-XK-0001'));
    const step = graph.nodes.find((node) => node.path === '制证送达')!;
    expect(step.details.join('')).toContain('承办：市城乡建设局政务服务窗口');
    expect(step.details.join('')).toContain('时限：10个工作日');
    const decide = graph.nodes.find((node) => node.path === '决定')!;
    expect(decide.badges.map((badge) => [badge.text, badge.tone])).toEqual([
      ['负责人审批', 'checkpoint'],
      ['高风险', 'risk-high'],
    ]);
    const svg = renderSvg(await layoutChart(graph));
    expect(svg).toContain('<g class="badge risk-high"><rect');
    expect(svg).toContain('fill="#fee2e2"');
    expect(svg).toContain('>高风险</text>');
  });
  it('speaks English when asked', async () => {
    const { svg, steps } = await renderFlow(power('SY-XK-0001'), { locale: 'en' });
    expect(svg).toContain('>high risk</text>');
    expect(svg).toContain('Flow chart of ');
    expect(steps).toContain('Time limit: </span>10 working days');
  });
});

describe('saved positions and caching', () => {
  it('puts a box where the author saved it and draws its arrows to it', async () => {
    const original = power('SY-QT-0001');
    const moved: Power = { ...original, layout: { direction: 'TB', nodes: { [original.flow.initial]: { x: 900, y: 40 } } } };
    const before = await layoutChart(chartGraph(original));
    const after = await layoutChart(chartGraph(moved));
    const startBefore = flat(before.nodes).find((node) => node.path === original.flow.initial)!;
    const startAfter = flat(after.nodes).find((node) => node.path === original.flow.initial)!;
    const otherBefore = flat(before.nodes).filter((node) => node.path !== original.flow.initial);
    const otherAfter = flat(after.nodes).filter((node) => node.path !== original.flow.initial);
    // The chart is shifted so that it starts at the margin: compare positions relative to another box.
    const anchorBefore = otherBefore[0]!;
    const anchorAfter = otherAfter[0]!;
    expect(startAfter.x - anchorAfter.x).not.toBe(startBefore.x - anchorBefore.x);
    expect(after.width).toBeGreaterThan(900);
    const edge = after.edges.find((item) => item.source === startAfter.id)!;
    expect(edge.points[0]!.x).toBeGreaterThanOrEqual(startAfter.x - 0.5);
  });
  it('is deterministic and uses the cache', async () => {
    const item = power('SY-CF-0001');
    const a = renderSvg(await layoutChart(chartGraph(item)));
    const b = renderSvg(await layoutChart(chartGraph(item)));
    expect(a).toBe(b);
    const cache = new Map<string, ChartLayout>();
    const first = await layoutChart(chartGraph(item), { cache });
    expect(cache.size).toBe(1);
    expect(await layoutChart(chartGraph(item), { cache })).toBe(first);
  });
});

describe('texts that carry markup', () => {
  it('are text in the SVG and in the step list', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const text = `sunlit: 1
id: evil
title: t
authority: a
edition: "1"
departments: [{ id: d, name: d }]
laws: [{ id: l, title: "法${payload.replace(/"/g, '\\"')}" }]
powers:
  - code: X-1
    name: "${payload.replace(/"/g, '\\"')}"
    category: other
    department: d
    basis: [l 1]
    flow:
      initial: "${payload.replace(/"/g, '\\"')}"
      states:
        "${payload.replace(/"/g, '\\"')}":
          actor: "${payload.replace(/"/g, '\\"')}"
          risk: { level: high, text: "${payload.replace(/"/g, '\\"')}", controls: ["${payload.replace(/"/g, '\\"')}"] }
          on: { "${payload.replace(/"/g, '\\"')}": { target: 结束, guard: "${payload.replace(/"/g, '\\"')}" } }
        结束: { type: final }
`;
    const loaded = await loadCatalogue('c.yaml', memorySource({ 'c.yaml': text }));
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const evil = loaded.catalogue!.powers[0]!;
    const { svg } = await renderFlow(evil);
    const steps = renderStepList(evil);
    for (const out of [svg, steps]) {
      expect(out).not.toMatch(/<script|<img/);
      expect(out).toContain('&lt;script&gt;');
    }
  });
});
