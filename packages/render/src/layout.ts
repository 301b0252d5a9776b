/**
 * Layout of a chart graph: the layered layout of layered.ts (pure arithmetic, so it runs in Node and in
 * browsers alike), then the author's saved positions replace the computed ones and the arrows of moved
 * boxes are drawn straight. Layouts are cached by the content of the graph, so an unchanged flow is
 * never laid out twice.
 */
import type { ChartEdge, ChartGraph, ChartNode } from './graph.js';
import { layered } from './layered.js';

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
 * Lays out a chart graph (see layered.ts), then applies the saved positions. Deterministic: the same
 * graph gives the same layout. Asynchronous only to keep the API of the earlier ELK-based layout.
 */
export async function layoutChart(graph: ChartGraph, options: LayoutOptions = {}): Promise<ChartLayout> {
  return layoutChartSync(graph, options);
}

/** layoutChart without the promise, for callers that lay out many charts in a loop. */
export function layoutChartSync(graph: ChartGraph, options: LayoutOptions = {}): ChartLayout {
  const key = options.cache === undefined ? '' : layoutKey(graph);
  const cached = options.cache?.get(key);
  if (cached !== undefined) return cached;
  const { boxes, routes } = layered(graph);

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

  const edges = graph.edges.map((edge): PlacedEdge => {
    const route = routes.get(edge.id);
    if (!moved.has(edge.source) && !moved.has(edge.target) && route !== undefined) {
      const points = route.points.map((point) => ({ x: round(point.x), y: round(point.y) }));
      const labelAt = route.labelAt !== undefined ? { x: round(route.labelAt.x), y: round(route.labelAt.y) } : undefined;
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
