/**
 * SVG of a laid-out chart, as a string. Colours and fonts are presentation attributes (no `style`
 * attributes and no <style> element), so the SVG can be inlined in a page with a strict
 * Content-Security-Policy and also stands alone as a file. Every text is escaped.
 */
import type { Locale } from '@sunlit/core';
import { escapeAttribute, escapeText } from './escape.js';
import { metrics, type Badge } from './graph.js';
import type { ChartLayout, PlacedEdge, PlacedNode } from './layout.js';
import { dictionaryOf, fill } from './words.js';

/** Options of renderSvg. */
export interface SvgOptions {
  /** Language of the accessible title and description; default zh-Hans. */
  readonly locale?: Locale;
  /** Prefix of the ids inside the SVG (markers, title), unique on a page that shows several charts. */
  readonly idPrefix?: string;
  /** Accessible title; default “<name>权力运行流程图”. */
  readonly title?: string;
  /** Accessible description; default: a summary of the flow. */
  readonly description?: string;
}

const fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/** Colours of the badges: fill, border, text. The text of a badge says what its colour says. */
const badgeColours: Readonly<Record<Badge['tone'], readonly [string, string, string]>> = {
  checkpoint: ['#dbeafe', '#1d4ed8', '#1e3a8a'],
  'risk-high': ['#fee2e2', '#b91c1c', '#7f1d1d'],
  'risk-medium': ['#fef3c7', '#b45309', '#78350f'],
  'risk-low': ['#dcfce7', '#15803d', '#14532d'],
};

const ink = '#1f2937';
const line = '#475569';

function attributes(values: Readonly<Record<string, string | number | undefined>>): string {
  let out = '';
  for (const name in values) {
    const value = values[name];
    // Numbers need no escaping; this runs for every shape of every chart.
    if (typeof value === 'number') out += ` ${name}="${value}"`;
    else if (value !== undefined) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

function text(x: number, y: number, content: string, size: number, extra: Readonly<Record<string, string | number | undefined>> = {}): string {
  return `<text${attributes({ x, y, 'font-size': size, fill: ink, 'text-anchor': 'middle', ...extra })}>${escapeText(content)}</text>`;
}

function flatten(nodes: readonly PlacedNode[]): PlacedNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function groupSvg(node: PlacedNode): string {
  const parallel = node.shape === 'parallel';
  let out = `<g class="group"${attributes({ 'data-path': node.path })}>`;
  out += `<rect${attributes({ x: node.x, y: node.y, width: node.width, height: node.height, rx: 8, fill: parallel ? '#f1f5f9' : '#f8fafc', stroke: '#64748b', 'stroke-width': parallel ? 1.5 : 1, 'stroke-dasharray': parallel ? '6 4' : '2 3' })}/>`;
  let y = node.y + metrics.padding + metrics.titleSize;
  for (const title of node.title) {
    out += text(node.x + 12, y, title, metrics.titleSize, { 'font-weight': 'bold', 'text-anchor': 'start' });
    y += metrics.titleLine;
  }
  for (const detail of node.details) {
    out += text(node.x + 12, y - 2, detail, metrics.detailSize, { 'text-anchor': 'start', fill: '#334155' });
    y += metrics.detailLine;
  }
  return out + '</g>';
}

function nodeSvg(node: PlacedNode): string {
  const { x, y, width, height } = node;
  const cx = x + width / 2;
  let out = `<g class="node ${node.shape}"${attributes({ 'data-path': node.path })}>`;
  if (node.shape === 'decision') {
    const cy = y + height / 2;
    out += `<polygon${attributes({ points: `${cx},${y} ${x + width},${cy} ${cx},${y + height} ${x},${cy}`, fill: '#fffbeb', stroke: '#92400e', 'stroke-width': 1.5 })}/>`;
    let ty = cy - ((node.title.length - 1) * metrics.detailLine) / 2 + metrics.detailSize / 2 - 1;
    for (const title of node.title) {
      out += text(cx, ty, title, metrics.detailSize);
      ty += metrics.detailLine;
    }
    return out + '</g>';
  }
  const rounded = node.shape === 'start' || node.shape === 'end';
  const radius = rounded ? Math.min(height / 2, 20) : 4;
  out += `<rect${attributes({ x, y, width, height, rx: radius, fill: rounded ? '#f1f5f9' : '#ffffff', stroke: node.shape === 'end' ? ink : line, 'stroke-width': node.shape === 'end' ? 2.5 : 1.5 })}/>`;
  let ty = y + metrics.padding + metrics.titleSize;
  for (const title of node.title) {
    out += text(cx, ty, title, metrics.titleSize, { 'font-weight': 'bold' });
    ty += metrics.titleLine;
  }
  ty -= metrics.titleLine - metrics.detailLine;
  for (const detail of node.details) {
    out += text(cx, ty, detail, metrics.detailSize, { fill: '#334155' });
    ty += metrics.detailLine;
  }
  if (node.badges.length > 0) {
    const total = node.badges.reduce((sum, badge) => sum + badge.width, 0) + (node.badges.length - 1) * 4;
    let bx = cx - total / 2;
    const by = ty - metrics.detailLine + 6;
    for (const badge of node.badges) {
      const [fillColour, stroke, textColour] = badgeColours[badge.tone];
      out += `<g class="badge ${badge.tone}"><rect${attributes({ x: bx, y: by, width: badge.width, height: metrics.badgeHeight, rx: 9, fill: fillColour, stroke })}/>`;
      out += text(bx + badge.width / 2, by + metrics.badgeHeight - 5, badge.text, metrics.badgeSize, { fill: textColour }) + '</g>';
      bx += badge.width + 4;
    }
  }
  return out + '</g>';
}

function edgeSvg(edge: PlacedEdge, arrow: string): string {
  const d = edge.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  let out = `<g class="edge"><path${attributes({ d, fill: 'none', stroke: line, 'stroke-width': 1.3, 'marker-end': `url(#${arrow})` })}/>`;
  if (edge.labelAt !== undefined && edge.label.length > 0) {
    const { x, y } = edge.labelAt;
    out += `<rect${attributes({ x: x - edge.labelWidth / 2, y: y - edge.labelHeight / 2, width: edge.labelWidth, height: edge.labelHeight, fill: '#ffffff', 'fill-opacity': 0.9 })}/>`;
    let ty = y - edge.labelHeight / 2 + metrics.labelSize;
    for (const label of edge.label) {
      out += text(x, ty, label, metrics.labelSize, { fill: '#334155' });
      ty += metrics.labelLine;
    }
  }
  return out + '</g>';
}

function summary(layout: ChartLayout, locale: Locale): string {
  const words = dictionaryOf(locale);
  const nodes = flatten(layout.nodes).filter((node) => node.path !== undefined);
  const start = layout.nodes.find((node) => node.shape === 'start') ?? nodes[0];
  const finals = nodes.filter((node) => node.shape === 'end').map((node) => (locale === 'en' ? `“${node.title.join('')}”` : `“${node.title.join('')}”`));
  return fill(words.chartDescription, {
    states: nodes.filter((node) => node.shape !== 'group' && node.shape !== 'parallel').length,
    transitions: layout.edges.length,
    initial: start?.title.join('') ?? '',
    finals: finals.join(locale === 'en' ? ', ' : '、'),
  });
}

/**
 * The SVG of a laid-out chart: `role="img"` with a `<title>` and a `<desc>` (labelled by both),
 * groups, arrows with their labels, then the boxes.
 */
export function renderSvg(layout: ChartLayout, options: SvgOptions = {}): string {
  const locale = options.locale ?? 'zh-Hans';
  const prefix = (options.idPrefix ?? 'chart').replace(/[^A-Za-z0-9_-]/g, '_');
  const words = dictionaryOf(locale);
  const title = options.title ?? fill(words.chartTitle, { name: layout.name });
  const description = options.description ?? summary(layout, locale);
  const arrow = `${prefix}-arrow`;
  const all = flatten(layout.nodes);
  let out = `<svg${attributes({
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'sunlit-chart',
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    role: 'img',
    'aria-labelledby': `${prefix}-title ${prefix}-desc`,
    'font-family': fontFamily,
  })}>`;
  out += `<title${attributes({ id: `${prefix}-title` })}>${escapeText(title)}</title>`;
  out += `<desc${attributes({ id: `${prefix}-desc` })}>${escapeText(description)}</desc>`;
  out += `<defs><marker${attributes({ id: arrow, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path d="M0 0L10 5L0 10z"${attributes({ fill: line })}/></marker></defs>`;
  for (const node of all) if (node.shape === 'group' || node.shape === 'parallel') out += groupSvg(node);
  for (const edge of layout.edges) out += edgeSvg(edge, arrow);
  for (const node of all) if (node.shape !== 'group' && node.shape !== 'parallel') out += nodeSvg(node);
  return out + '</svg>';
}
