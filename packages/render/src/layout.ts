/**
 * Layout of a chart graph with ELK's layered algorithm (elkjs's bundled build, which runs in Node and
 * in browsers without a worker). Groups are laid out with their children in one pass; the author's
 * saved positions then replace the computed ones and the arrows of moved boxes are drawn straight.
 * Layouts are cached by the content of the graph, so an unchanged flow is never laid out twice.
 */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ChartEdge, ChartGraph, ChartNode } from './graph.js';

/** A point of the chart. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A box with its position (top left, in chart coordinates). */
export interface PlacedNode extends Omit<ChartNode, 'children'> {
  readonly x: number;
  readonly y: number;
  readonly children: readonly PlacedNode[];
}

/** An arrow with its route and the centre of its label. */
export interface PlacedEdge extends ChartEdge {
  readonly points: readonly Point[];
  readonly labelAt?: Point;
}

/** A laid-out chart: what `renderSvg` draws. Plain JSON, so it can be cached on disk. */
export interface ChartLayout {
  readonly code: string;
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

/** Where layouts are kept between runs (a Map works; publish keeps one on disk). */
export interface LayoutCache {
  get(key: string): ChartLayout | undefined;
  set(key: string, layout: ChartLayout): unknown;
}

/** Options of layoutChart. */
export interface LayoutOptions {
  readonly cache?: LayoutCache;
}

const margin = 8;

type ElkConstructor = new () => ELK;
// The bundled build is CommonJS whose module.exports is the constructor (with itself as .default).
const Elk: ElkConstructor = ((ElkModule as unknown as { default?: ElkConstructor }).default ?? (ElkModule as unknown as ElkConstructor));
let shared: ELK | undefined;

/** One ELK instance for every layout: creating it costs more than laying out a small flow. */
function elk(): ELK {
  shared ??= new Elk();
  return shared;
}

function elkNode(node: ChartNode): ElkNode {
  const result: ElkNode = { id: node.id, width: node.width, height: node.height };
  if (node.children.length > 0) {
    result.children = node.children.map(elkNode);
    result.layoutOptions = {
      'elk.padding': `[top=${node.header + 8},left=12,bottom=12,right=12]`,
      'elk.direction': 'DOWN',
    };
    delete result.height;
  }
  return result;
}

/** The ELK input of a chart graph. */
function elkGraph(graph: ChartGraph): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': graph.direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeNode': '14',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children: graph.nodes.map(elkNode),
    edges: graph.edges.map(
      (edge): ElkExtendedEdge => ({
        id: edge.id,
        sources: [edge.source],
        targets: [edge.target],
        ...(edge.label.length > 0 && { labels: [{ id: edge.id + 'l', text: edge.label.join('\n'), width: edge.labelWidth, height: edge.labelHeight }] }),
      }),
    ),
  };
}

/** A short, stable hash of text (cyrb53), for cache keys. Not cryptographic. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The cache key of a graph: everything that changes its picture. */
export function layoutKey(graph: ChartGraph): string {
  return contentHash(JSON.stringify(graph));
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out a chart graph: ELK's layered layout with groups laid out together with their children,
 * then the saved positions applied. Deterministic: the same graph gives the same layout.
 */
export async function layoutChart(graph: ChartGraph, options: LayoutOptions = {}): Promise<ChartLayout> {
  const key = options.cache === undefined ? '' : layoutKey(graph);
  const cached = options.cache?.get(key);
  if (cached !== undefined) return cached;
  const result = await elk().layout(elkGraph(graph));

  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  const collect = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      boxes.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 });
      collect(child);
    }
  };
  collect(result);

  // Saved positions are relative to the parent group; a moved group takes its children along.
  const moved = new Set<string>();
  const applySaved = (nodes: readonly ChartNode[], parent: { x: number; y: number } | undefined, shift: Point) => {
    for (const node of nodes) {
      const box = boxes.get(node.id)!;
      let dx = shift.x;
      let dy = shift.y;
      const position = graph.saved[node.id];
      if (position !== undefined) {
        const origin = parent ?? { x: 0, y: 0 };
        dx = origin.x + position.x - box.x;
        dy = origin.y + position.y - box.y;
        if (dx !== 0 || dy !== 0) moved.add(node.id);
      } else if (dx !== 0 || dy !== 0) moved.add(node.id);
      box.x += dx;
      box.y += dy;
      applySaved(node.children, box, { x: dx, y: dy });
    }
  };
  applySaved(graph.nodes, undefined, { x: 0, y: 0 });
  // A group grows to hold children moved outside it.
  const fit = (node: ChartNode) => {
    if (node.children.length === 0) return;
    node.children.forEach(fit);
    const box = boxes.get(node.id)!;
    for (const child of node.children) {
      const inner = boxes.get(child.id)!;
      const right = Math.max(box.x + box.width, inner.x + inner.width + 12);
      const bottom = Math.max(box.y + box.height, inner.y + inner.height + 12);
      box.x = Math.min(box.x, inner.x - 12);
      box.y = Math.min(box.y, inner.y - node.header - 8);
      box.width = right - box.x;
      box.height = bottom - box.y;
    }
  };
  graph.nodes.forEach(fit);

  const elkEdges = new Map<string, ElkExtendedEdge>();
  const collectEdges = (node: ElkNode) => {
    for (const edge of node.edges ?? []) elkEdges.set(edge.id, edge);
    for (const child of node.children ?? []) collectEdges(child);
  };
  collectEdges(result);

  const edges = graph.edges.map((edge): PlacedEdge => {
    const laid = elkEdges.get(edge.id);
    const section = laid?.sections?.[0];
    if (!moved.has(edge.source) && !moved.has(edge.target) && section !== undefined) {
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((point) => ({ x: round(point.x), y: round(point.y) }));
      const label = laid?.labels?.[0];
      const labelAt = label !== undefined ? { x: round((label.x ?? 0) + (label.width ?? 0) / 2), y: round((label.y ?? 0) + (label.height ?? 0) / 2) } : undefined;
      return { ...edge, points, ...(labelAt && edge.label.length > 0 && { labelAt }) };
    }
    const points = straight(boxes.get(edge.source)!, boxes.get(edge.target)!);
    const labelAt = { x: round((points[0]!.x + points[1]!.x) / 2), y: round((points[0]!.y + points[1]!.y) / 2) };
    return { ...edge, points, ...(edge.label.length > 0 && { labelAt }) };
  });

  // Everything is moved so that the chart starts at the margin.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const box of boxes.values()) {
    extend(box.x, box.y);
    extend(box.x + box.width, box.y + box.height);
  }
  for (const edge of edges) {
    for (const point of edge.points) extend(point.x, point.y);
    if (edge.labelAt) {
      extend(edge.labelAt.x - edge.labelWidth / 2, edge.labelAt.y - edge.labelHeight / 2);
      extend(edge.labelAt.x + edge.labelWidth / 2, edge.labelAt.y + edge.labelHeight / 2);
    }
  }
  if (!Number.isFinite(minX)) minX = minY = maxX = maxY = 0;
  const dx = margin - minX;
  const dy = margin - minY;
  const place = (node: ChartNode): PlacedNode => {
    const box = boxes.get(node.id)!;
    return { ...node, x: round(box.x + dx), y: round(box.y + dy), width: round(box.width), height: round(box.height), children: node.children.map(place) };
  };
  const layout: ChartLayout = {
    code: graph.code,
    name: graph.name,
    width: Math.ceil(maxX - minX + 2 * margin),
    height: Math.ceil(maxY - minY + 2 * margin),
    nodes: graph.nodes.map(place),
    edges: edges.map((edge) => ({
      ...edge,
      points: edge.points.map((point) => ({ x: round(point.x + dx), y: round(point.y + dy) })),
      ...(edge.labelAt && { labelAt: { x: round(edge.labelAt.x + dx), y: round(edge.labelAt.y + dy) } }),
    })),
  };
  options.cache?.set(key, layout);
  return layout;
}

/** A straight arrow between two boxes, from border to border along the line joining their centres. */
function straight(from: { x: number; y: number; width: number; height: number }, to: { x: number; y: number; width: number; height: number }): Point[] {
  const a = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const b = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  const clip = (box: typeof from, centre: Point, toward: Point): Point => {
    const vx = toward.x - centre.x;
    const vy = toward.y - centre.y;
    if (vx === 0 && vy === 0) return centre;
    const sx = vx === 0 ? Infinity : box.width / 2 / Math.abs(vx);
    const sy = vy === 0 ? Infinity : box.height / 2 / Math.abs(vy);
    const s = Math.min(sx, sy, 1);
    return { x: round(centre.x + vx * s), y: round(centre.y + vy * s) };
  };
  return [clip(from, a, b), clip(to, b, a)];
}
