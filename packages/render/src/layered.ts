/**
 * A compact layered (Sugiyama) layout tuned for power flows: 10–30 boxes, a few groups for parallel and
 * nested states, labelled arrows. Pure arithmetic on plain objects, no Node or DOM APIs, so the editor
 * runs it in the browser. Each group is laid out on its own and then placed as one box in its parent
 * (so a group always holds exactly its children); an arrow that leaves or enters a group runs inside it
 * to a port on its border and continues from there. Per group:
 *
 * 1. ranks: cycles broken by a depth-first search in the model's order (so loops such as 补正 → 接收
 *    point back up), then longest path from the sources;
 * 2. layers: every arrow crosses an extra layer between two ranks, where its label sits as a box of
 *    its own (as dot does), so labels never overlap boxes or other arrows;
 * 3. order: depth-first initial order, then barycentre sweeps, keeping the order with fewest crossings;
 * 4. position across the layers: each box pulled towards the ports of its neighbours (arrows of
 *    long edges weighted more, so they run straight), solved exactly per layer under the spacing
 *    constraints by pool-adjacent-violators, a few sweeps up and down;
 * 5. orthogonal arrows: vertical through layers, horizontal in the channel between two layers, with
 *    one track per overlapping horizontal segment.
 *
 * Coordinates are abstract: "across" is x and "along" is y for top-to-bottom charts, the reverse for
 * left-to-right ones.
 */
import type { ChartEdge, ChartGraph, ChartNode } from './graph.js';

/** Spacing of the layout, in pixels. */
const spacing = {
  /** Between two boxes of a layer. */
  node: 28,
  /** Between an arrow (or its label) and anything else in a layer. */
  edge: 12,
  /** Least height of the channel between two layers. */
  channel: 14,
  /** Between two horizontal arrow segments in a channel. */
  track: 8,
  /** Between an arrow and its label. */
  label: 4,
  /** Group padding: sides and bottom; the top also holds the group's title. */
  groupSide: 12,
  groupTop: 8,
} as const;

/** Where a box ended up: its top-left corner and its size, in chart coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed arrow: its points and the centre of its label, in chart coordinates. */
export interface Route {
  readonly points: { x: number; y: number }[];
  readonly labelAt?: { x: number; y: number };
}

/** What the layered layout gives: a box for every node (by id) and a route for every edge (by id). */
export interface LayeredResult {
  readonly boxes: Map<string, Box>;
  readonly routes: Map<string, Route>;
}

type Side = 'top' | 'bottom';

/** A node of a layered graph: a box of the group, an arrow's bend (dummy), or a port on the group's border (terminal). */
interface LNode {
  readonly kind: 'item' | 'dummy' | 'terminal';
  readonly item: ChartNode | undefined;
  /** Extent across before and after the anchor (where arrows attach), and along. */
  before: number;
  after: number;
  along: number;
  rank: number;
  layer: number;
  order: number;
  /** Position across of the anchor. */
  x: number;
  readonly up: Link[];
  readonly down: Link[];
  /** The label carried by this dummy. */
  label: ChartEdge | undefined;
  /** Index in creation order (model order), for stable ties. */
  readonly index: number;
}

/** One step of an arrow between adjacent layers, from a port of `from` to a port of `to`. */
interface Link {
  readonly from: LNode;
  readonly to: LNode;
  readonly chain: Chain;
  fromOffset: number;
  toOffset: number;
  weight: number;
}

/** An arrow inside one group, as a chain of links downwards; `reversed` when it points up. */
interface Chain {
  readonly edge: ChartEdge;
  readonly tail: LNode;
  readonly head: LNode;
  reversed: boolean;
  readonly labelled: boolean;
  readonly links: Link[];
  /** Route in the group's content coordinates (across, along), from the arrow's source to its target. */
  points: { a: number; l: number }[];
  labelAt: { a: number; l: number } | undefined;
}

/** A group's content to lay out: its boxes and the parts of arrows that run inside it. */
interface Container {
  readonly group: ChartNode | undefined;
  readonly items: ChartNode[];
  readonly parts: Part[];
}

/** The part of an arrow inside one container: between two of its boxes, or between a box and a port on the border. */
interface Part {
  readonly edge: ChartEdge;
  /** A box of the container, or undefined for a port on the border. */
  readonly from: ChartNode | undefined;
  readonly to: ChartNode | undefined;
  /** The container where both ends are boxes (or the group itself): the arrow's label goes there. */
  readonly main: boolean;
  /** Side of the border port, decided by the direction of the arrow in the container above. */
  side: Side | undefined;
  /** The parts of the same arrow in the groups it leaves (source side) and enters (target side), innermost first. */
  readonly inner: { readonly source: Part[]; readonly target: Part[] };
}

/** A container laid out: sizes and positions in its own content coordinates. */
interface Frame {
  across: number;
  along: number;
  /** Top-left (across, along) of each box. */
  readonly places: Map<ChartNode, { a: number; l: number; across: number; along: number }>;
  readonly chains: Map<Part, Chain>;
  /** Position across of the border port of each part that has one. */
  readonly ports: Map<Part, number>;
}

/** A group placed as one box in its parent: its size and where its content starts, in abstract coordinates. */
interface Block {
  readonly across: number;
  readonly along: number;
  readonly contentAcross: number;
  readonly contentAlong: number;
}

/** Lays out a chart graph; `boxes` are in chart coordinates, not yet shifted to the margin. */
export function layered(graph: ChartGraph): LayeredResult {
  const lr = graph.direction === 'LR';
  const parent = new Map<ChartNode, ChartNode | undefined>();
  const containers = new Map<ChartNode | undefined, Container>();
  const byId = new Map<string, ChartNode>();
  const order: Container[] = [];
  const addContainer = (group: ChartNode | undefined, items: readonly ChartNode[]) => {
    const container: Container = { group, items: [...items], parts: [] };
    containers.set(group, container);
    order.push(container);
    for (const item of items) {
      parent.set(item, group);
      byId.set(item.id, item);
    }
    for (const item of items) if (item.children.length > 0) addContainer(item, item.children);
  };
  addContainer(undefined, graph.nodes);

  // Each arrow: the container holding both ends (the group itself counts when one end is the group),
  // and its parts inside the groups it leaves or enters on the way.
  const containersOf = (node: ChartNode): (ChartNode | undefined)[] => {
    const list: (ChartNode | undefined)[] = node.children.length > 0 ? [node] : [];
    let at: ChartNode | undefined = node;
    while (at !== undefined) {
      const up: ChartNode | undefined = parent.get(at);
      list.push(up);
      at = up;
    }
    return list;
  };
  const selfLoops: { edge: ChartEdge; node: ChartNode }[] = [];
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined) continue;
    if (source === target) {
      selfLoops.push({ edge, node: source });
      continue;
    }
    const targetContainers = new Set(containersOf(target));
    const common = containersOf(source).find((container) => targetContainers.has(container));
    const representative = (node: ChartNode): ChartNode | undefined => {
      if (node === common) return undefined;
      let at = node;
      while (parent.get(at) !== common) at = parent.get(at)!;
      return at;
    };
    const inner = { source: [] as Part[], target: [] as Part[] };
    const mainPart: Part = { edge, from: representative(source), to: representative(target), main: true, side: undefined, inner };
    if (source === common) mainPart.side = 'top';
    if (target === common) mainPart.side = 'bottom';
    containers.get(common)!.parts.push(mainPart);
    for (let at = source; source !== common && parent.get(at) !== common; at = parent.get(at)!) {
      const part: Part = { edge, from: at, to: undefined, main: false, side: undefined, inner };
      inner.source.push(part);
      containers.get(parent.get(at))!.parts.push(part);
    }
    for (let at = target; target !== common && parent.get(at) !== common; at = parent.get(at)!) {
      const part: Part = { edge, from: undefined, to: at, main: false, side: undefined, inner };
      inner.target.push(part);
      containers.get(parent.get(at))!.parts.push(part);
    }
  }

  // Ranks top-down (a part's border side depends on the direction of its arrow one level up), then
  // sizes and positions bottom-up (a group's size depends on its content).
  const graphs = new Map<Container, LGraph>();
  for (const container of order) {
    const built = buildLayers(container, lr);
    graphs.set(container, built);
    for (const [part, chain] of built.chains) {
      if (!part.main) continue;
      for (const inner of part.inner.source) inner.side = chain.reversed ? 'top' : 'bottom';
      for (const inner of part.inner.target) inner.side = chain.reversed ? 'bottom' : 'top';
    }
  }
  // Inner parts were created before their sides were known; their containers come later in `order`.
  const ownerOf = new Map<Part, Container>();
  for (const container of order) for (const part of container.parts) ownerOf.set(part, container);
  const frames = new Map<Container, Frame>();
  const blocks = new Map<ChartNode, Block>();
  for (let index = order.length - 1; index >= 0; index--) {
    const container = order[index]!;
    const frame = place(container, graphs.get(container)!, blocks, frames, containers, lr);
    frames.set(container, frame);
    if (container.group !== undefined) blocks.set(container.group, blockOf(container.group, frame, lr));
  }

  // Absolute positions, top-down.
  const boxes = new Map<string, Box>();
  const origins = new Map<Container, { a: number; l: number }>();
  const absolute = new Map<ChartNode, { a: number; l: number; across: number; along: number }>();
  origins.set(order[0]!, { a: 0, l: 0 });
  for (const container of order) {
    const origin = origins.get(container)!;
    const frame = frames.get(container)!;
    for (const [item, at] of frame.places) {
      const a = origin.a + at.a;
      const l = origin.l + at.l;
      absolute.set(item, { a, l, across: at.across, along: at.along });
      boxes.set(item.id, lr ? { x: l, y: a, width: at.along, height: at.across } : { x: a, y: l, width: at.across, height: at.along });
      const block = blocks.get(item);
      if (block !== undefined) origins.set(containers.get(item)!, { a: a + block.contentAcross, l: l + block.contentAlong });
    }
  }

  const toPoint = (a: number, l: number) => (lr ? { x: l, y: a } : { x: a, y: l });
  const routes = new Map<string, Route>();
  for (const container of order) {
    const origin = origins.get(container)!;
    const frame = frames.get(container)!;
    for (const [part, chain] of frame.chains) {
      if (!part.main) continue;
      const points: { a: number; l: number }[] = [];
      const add = (list: readonly { a: number; l: number }[], at: { a: number; l: number }) => {
        for (const point of list) {
          const next = { a: at.a + point.a, l: at.l + point.l };
          const last = points[points.length - 1];
          if (last === undefined || Math.abs(last.a - next.a) > 0.01 || Math.abs(last.l - next.l) > 0.01) points.push(next);
        }
      };
      // A part ending at a border port: its last (or first) point moves onto the group's border.
      const segment = (inner: Part, atEnd: boolean): { a: number; l: number }[] => {
        const owner = ownerOf.get(inner)!;
        const innerFrame = frames.get(owner)!;
        const innerChain = innerFrame.chains.get(inner)!;
        const group = owner.group!;
        const at = absolute.get(group)!;
        const innerOrigin = origins.get(owner)!;
        const list = innerChain.points.map((point) => ({ a: innerOrigin.a + point.a, l: innerOrigin.l + point.l }));
        const border = inner.side === 'top' ? at.l : at.l + at.along;
        const end = atEnd ? list[list.length - 1]! : list[0]!;
        end.l = border;
        return list;
      };
      for (const inner of part.inner.source) add(segment(inner, true), { a: 0, l: 0 });
      add(chain.points, origin);
      for (let index = part.inner.target.length - 1; index >= 0; index--) add(segment(part.inner.target[index]!, false), { a: 0, l: 0 });
      // The main part may itself start or end on the border of the group it is in.
      if (part.side !== undefined && container.group !== undefined) {
        const at = absolute.get(container.group)!;
        const border = part.side === 'top' ? at.l : at.l + at.along;
        if (part.from === undefined) points[0]!.l = border;
        else points[points.length - 1]!.l = border;
      }
      const labelAt = chain.labelAt !== undefined ? toPoint(origin.a + chain.labelAt.a, origin.l + chain.labelAt.l) : undefined;
      routes.set(part.edge.id, { points: points.map((point) => toPoint(point.a, point.l)), ...(labelAt && { labelAt }) });
    }
  }
  for (const { edge, node } of selfLoops) {
    const at = absolute.get(node)!;
    const right = at.a + at.across;
    const middle = at.l + at.along / 2;
    const points = [
      { a: right, l: middle - 8 },
      { a: right + 16, l: middle - 8 },
      { a: right + 16, l: middle + 8 },
      { a: right, l: middle + 8 },
    ];
    const labelAcross = lr ? edge.labelHeight : edge.labelWidth;
    const labelAt = edge.label.length > 0 ? toPoint(right + 16 + spacing.label + labelAcross / 2, middle) : undefined;
    routes.set(edge.id, { points: points.map((point) => toPoint(point.a, point.l)), ...(labelAt && { labelAt }) });
  }
  return { boxes, routes };
}

/** Size of a group's box and where its content starts (title on top, padding around). */
function blockOf(group: ChartNode, frame: Frame, lr: boolean): Block {
  const contentWidth = lr ? frame.along : frame.across;
  const contentHeight = lr ? frame.across : frame.along;
  const width = Math.max(group.width, contentWidth + 2 * spacing.groupSide);
  const height = contentHeight + group.header + spacing.groupTop + spacing.groupSide;
  const offsetX = spacing.groupSide + (width - 2 * spacing.groupSide - contentWidth) / 2;
  const offsetY = group.header + spacing.groupTop;
  return lr
    ? { across: height, along: width, contentAcross: offsetY, contentAlong: offsetX }
    : { across: width, along: height, contentAcross: offsetX, contentAlong: offsetY };
}

/** A container's layered graph: its nodes by layer and the chain of each part. */
interface LGraph {
  readonly nodes: LNode[];
  readonly layers: LNode[][];
  readonly chains: Map<Part, Chain>;
  readonly itemNode: Map<ChartNode, LNode>;
}

function node(kind: LNode['kind'], item: ChartNode | undefined, index: number): LNode {
  return { kind, item, before: 0, after: 0, along: 0, rank: 0, layer: 0, order: 0, x: 0, up: [], down: [], label: undefined, index };
}

/** Ranks, layers and the initial order of a container (sizes come later). */
function buildLayers(container: Container, lr: boolean): LGraph {
  const nodes: LNode[] = [];
  const itemNode = new Map<ChartNode, LNode>();
  for (const item of container.items) {
    const created = node('item', item, nodes.length);
    nodes.push(created);
    itemNode.set(item, created);
  }
  const items = nodes.length;
  const chains = new Map<Part, Chain>();
  const ends: { part: Part; tail: LNode; head: LNode }[] = [];
  for (const part of container.parts) {
    const tail = part.from !== undefined ? itemNode.get(part.from)! : node('terminal', undefined, nodes.length);
    if (part.from === undefined) nodes.push(tail);
    const head = part.to !== undefined ? itemNode.get(part.to)! : node('terminal', undefined, nodes.length);
    if (part.to === undefined) nodes.push(head);
    ends.push({ part, tail, head });
  }

  // 1. Cycles: a depth-first search from the boxes in model order; an arrow to a box on the stack points back.
  const out: number[][] = Array.from({ length: items }, () => []);
  ends.forEach(({ tail, head }, index) => {
    if (tail.kind === 'item' && head.kind === 'item') out[tail.index]!.push(index);
  });
  const reversed = new Array<boolean>(ends.length).fill(false);
  const state = new Uint8Array(items); // 0 new, 1 on the stack, 2 done
  for (let start = 0; start < items; start++) {
    if (state[start] !== 0) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = out[top[0]]!;
      if (top[1] >= list.length) {
        state[top[0]] = 2;
        stack.pop();
        continue;
      }
      const edge = list[top[1]++]!;
      const next = ends[edge]!.head.index;
      if (state[next] === 1) reversed[edge] = true;
      else if (state[next] === 0) {
        state[next] = 1;
        stack.push([next, 0]);
      }
    }
  }
  // Ports on the border: a top port is always above its box, a bottom port below.
  ends.forEach(({ part, tail, head }, index) => {
    if (tail.kind === 'terminal') reversed[index] = part.side === 'bottom';
    else if (head.kind === 'terminal') reversed[index] = part.side === 'top';
  });

  // 2. Longest path from the sources, boxes only (a topological order by Kahn's algorithm).
  const indegree = new Int32Array(items);
  const forward: number[][] = Array.from({ length: items }, () => []);
  ends.forEach(({ tail, head }, index) => {
    if (tail.kind !== 'item' || head.kind !== 'item') return;
    const [from, to] = reversed[index] ? [head.index, tail.index] : [tail.index, head.index];
    forward[from]!.push(to);
    indegree[to]!++;
  });
  const queue: number[] = [];
  for (let index = 0; index < items; index++) if (indegree[index] === 0) queue.push(index);
  let maxRank = 0;
  for (let cursor = 0; cursor < queue.length; cursor++) {
    const at = nodes[queue[cursor]!]!;
    maxRank = Math.max(maxRank, at.rank);
    for (const to of forward[at.index]!) {
      const next = nodes[to]!;
      next.rank = Math.max(next.rank, at.rank + 1);
      if (--indegree[to]! === 0) queue.push(to);
    }
  }
  const topPorts = ends.some(({ tail, head }, index) => (tail.kind === 'terminal' && !reversed[index]) || (head.kind === 'terminal' && reversed[index]));
  const shift = topPorts ? 1 : 0;
  for (let index = 0; index < items; index++) nodes[index]!.rank += shift;
  const last = maxRank + shift + 1;
  for (let index = 0; index < ends.length; index++) {
    const { tail, head } = ends[index]!;
    for (const terminal of [tail, head]) {
      if (terminal.kind !== 'terminal') continue;
      const above = terminal === tail ? !reversed[index] : reversed[index];
      terminal.rank = above ? 0 : last;
    }
  }

  // Layers: rank r at layer 2r; every arrow passes a dummy in each layer between its ends.
  let layerCount = 0;
  for (const at of nodes) {
    at.layer = 2 * at.rank;
    layerCount = Math.max(layerCount, at.layer + 1);
  }
  ends.forEach(({ part, tail, head }, index) => {
    const isReversed = reversed[index]!;
    const [upper, lower] = isReversed ? [head, tail] : [tail, head];
    const labelled = part.main && part.edge.label.length > 0;
    const chain: Chain = { edge: part.edge, tail, head, reversed: isReversed, labelled, links: [], points: [], labelAt: undefined };
    chains.set(part, chain);
    // Labels go next to the source: the first layer below it, or the last above it for arrows pointing up.
    const labelLayer = isReversed ? lower.layer - 1 : upper.layer + 1;
    let previous = upper;
    for (let layer = upper.layer + 1; layer <= lower.layer; layer++) {
      let next = lower;
      if (layer < lower.layer) {
        next = node('dummy', undefined, nodes.length);
        next.layer = layer;
        nodes.push(next);
        if (labelled && layer === labelLayer) {
          next.label = part.edge;
          next.after = spacing.label + (lr ? part.edge.labelHeight : part.edge.labelWidth);
          next.along = lr ? part.edge.labelWidth : part.edge.labelHeight;
        }
      }
      const weight = previous.kind === 'item' || next.kind === 'item' ? (previous.kind === 'item' && next.kind === 'item' ? 1 : 2) : 8;
      const link: Link = { from: previous, to: next, chain, fromOffset: 0, toOffset: 0, weight };
      previous.down.push(link);
      next.up.push(link);
      chain.links.push(link);
      previous = next;
    }
  });

  // 3. Initial order: depth first along the arrows, from the boxes in model order.
  const layers: LNode[][] = Array.from({ length: layerCount }, () => []);
  const seen = new Uint8Array(nodes.length);
  const visit = (start: LNode) => {
    const stack = [start];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen[at.index]) continue;
      seen[at.index] = 1;
      at.order = layers[at.layer]!.length;
      layers[at.layer]!.push(at);
      for (let index = at.down.length - 1; index >= 0; index--) if (!seen[at.down[index]!.to.index]) stack.push(at.down[index]!.to);
    }
  };
  for (const at of nodes) if (at.up.length === 0) visit(at);
  for (const at of nodes) visit(at);
  reduceCrossings(layers);
  return { nodes, layers, chains, itemNode };
}

function crossingsBetween(upper: readonly LNode[]): number {
  const pairs: number[] = [];
  for (const at of upper) for (const link of at.down) pairs.push(at.order * 4096 + link.to.order);
  pairs.sort((x, y) => x - y);
  let count = 0;
  for (let i = 0; i < pairs.length; i++) {
    const low = pairs[i]! % 4096;
    for (let j = i + 1; j < pairs.length; j++) if (pairs[j]! % 4096 < low && Math.floor(pairs[j]! / 4096) !== Math.floor(pairs[i]! / 4096)) count++;
  }
  return count;
}

function crossings(layers: readonly LNode[][]): number {
  let total = 0;
  for (let index = 0; index + 1 < layers.length; index++) total += crossingsBetween(layers[index]!);
  return total;
}

/** Barycentre sweeps, down then up, keeping the order with the fewest crossings. */
function reduceCrossings(layers: LNode[][]): void {
  let best = crossings(layers);
  if (best === 0) return;
  let bestOrder = layers.map((layer) => [...layer]);
  const sortLayer = (layer: LNode[], down: boolean) => {
    const keys = new Map<LNode, number>();
    for (const at of layer) {
      const links = down ? at.up : at.down;
      if (links.length === 0) keys.set(at, at.order);
      else {
        let sum = 0;
        for (const link of links) sum += (down ? link.from : link.to).order;
        keys.set(at, sum / links.length);
      }
    }
    layer.sort((x, y) => keys.get(x)! - keys.get(y)! || x.order - y.order);
    layer.forEach((at, index) => (at.order = index));
  };
  for (let round = 0; round < 4; round++) {
    for (let index = 1; index < layers.length; index++) sortLayer(layers[index]!, true);
    for (let index = layers.length - 2; index >= 0; index--) sortLayer(layers[index]!, false);
    const count = crossings(layers);
    if (count < best) {
      best = count;
      bestOrder = layers.map((layer) => [...layer]);
      if (best === 0) break;
    }
  }
  for (let index = 0; index < layers.length; index++) {
    layers[index] = bestOrder[index]!;
    layers[index]!.forEach((at, order) => (at.order = order));
  }
}

/**
 * Weighted isotonic regression with gaps (pool adjacent violators): the positions closest to `want`
 * (least weighted squares) with x[i+1] - x[i] >= gap[i].
 */
function fit(want: readonly number[], weights: readonly number[], gaps: readonly number[]): number[] {
  const n = want.length;
  const offset = new Array<number>(n);
  offset[0] = 0;
  for (let index = 1; index < n; index++) offset[index] = offset[index - 1]! + gaps[index - 1]!;
  const means: number[] = [];
  const sums: number[] = [];
  const counts: number[] = [];
  for (let index = 0; index < n; index++) {
    let weight = weights[index]!;
    let mean = want[index]! - offset[index]!;
    let count = 1;
    while (means.length > 0 && means[means.length - 1]! > mean) {
      const w = sums.pop()!;
      const m = means.pop()!;
      mean = (m * w + mean * weight) / (w + weight);
      weight += w;
      count += counts.pop()!;
    }
    means.push(mean);
    sums.push(weight);
    counts.push(count);
  }
  const result = new Array<number>(n);
  let index = 0;
  for (let block = 0; block < means.length; block++) {
    for (let k = 0; k < counts[block]!; k++, index++) result[index] = means[block]! + offset[index]!;
  }
  return result;
}

/** Sizes, ports, positions and routes of a container. */
function place(container: Container, lgraph: LGraph, blocks: ReadonlyMap<ChartNode, Block>, frames: ReadonlyMap<Container, Frame>, containers: ReadonlyMap<ChartNode | undefined, Container>, lr: boolean): Frame {
  const { layers, chains, itemNode } = lgraph;
  // Sizes of the boxes (groups as laid out).
  for (const item of container.items) {
    const at = itemNode.get(item)!;
    const block = blocks.get(item);
    const across = block !== undefined ? block.across : lr ? item.height : item.width;
    at.before = across / 2;
    at.after = across / 2;
    at.along = block !== undefined ? block.along : lr ? item.width : item.height;
  }

  // Ports: fixed where an arrow continues inside a group, spread over the side otherwise.
  // Keyed by part, then by the group at that end of it (both ends may be groups).
  const fixed = new Map<Part, Map<LNode, number>>();
  for (const item of container.items) {
    const block = blocks.get(item);
    if (block === undefined) continue;
    const inner = frames.get(containers.get(item)!)!;
    for (const [part, across] of inner.ports) {
      if (part.main) continue;
      const outer = container.parts.find((candidate) => candidate.edge === part.edge);
      if (outer === undefined) continue;
      const ends = fixed.get(outer) ?? new Map<LNode, number>();
      ends.set(itemNode.get(item)!, block.contentAcross + across - block.across / 2);
      fixed.set(outer, ends);
    }
  }
  const partOf = new Map<Chain, Part>();
  for (const [part, chain] of chains) partOf.set(chain, part);
  const fixedOffset = (link: Link, at: LNode): number | undefined => fixed.get(partOf.get(link.chain)!)?.get(at);
  const spread = (at: LNode, links: readonly Link[], other: (link: Link) => LNode, set: (link: Link, offset: number) => void) => {
    if (at.kind !== 'item' || links.length === 0) return;
    const free: Link[] = [];
    for (const link of links) {
      const offset = fixedOffset(link, at);
      if (offset !== undefined) set(link, offset);
      else free.push(link);
    }
    if (free.length === 0) return;
    free.sort((x, y) => other(x).order - other(y).order || other(x).index - other(y).index);
    const across = at.before + at.after;
    const decision = at.item!.shape === 'decision';
    const room = decision ? across * 0.5 : Math.max(0, across - 24);
    const span = Math.min(room, (free.length - 1) * (decision ? 14 : 24));
    free.forEach((link, index) => set(link, free.length === 1 ? 0 : -span / 2 + (span * index) / (free.length - 1)));
  };
  for (const layer of layers) {
    for (const at of layer) {
      spread(at, at.down, (link) => link.to, (link, offset) => (link.fromOffset = offset));
      spread(at, at.up, (link) => link.from, (link, offset) => (link.toOffset = offset));
    }
  }

  // 4. Positions across: packed, then pulled towards neighbours, layer by layer.
  const gapOf = (x: LNode, y: LNode) => x.after + y.before + (x.kind === 'item' && y.kind === 'item' ? spacing.node : spacing.edge);
  for (const layer of layers) {
    let x = 0;
    layer.forEach((at, index) => {
      if (index > 0) x += gapOf(layer[index - 1]!, at);
      at.x = x;
    });
    const middle = layer.length > 0 ? x / 2 : 0;
    for (const at of layer) at.x -= middle;
  }
  const sweep = (layer: LNode[], useUp: boolean, useDown: boolean) => {
    if (layer.length === 0) return;
    const want: number[] = [];
    const weights: number[] = [];
    const gaps: number[] = [];
    layer.forEach((at, index) => {
      let sum = 0;
      let total = 0;
      if (useUp) for (const link of at.up) {
        sum += link.weight * (link.from.x + link.fromOffset - link.toOffset);
        total += link.weight;
      }
      if (useDown) for (const link of at.down) {
        sum += link.weight * (link.to.x + link.toOffset - link.fromOffset);
        total += link.weight;
      }
      want.push(total > 0 ? sum / total : at.x);
      weights.push(total > 0 ? total : 0.01);
      if (index > 0) gaps.push(gapOf(layer[index - 1]!, at));
    });
    const placed = fit(want, weights, gaps);
    layer.forEach((at, index) => (at.x = placed[index]!));
  };
  for (let round = 0; round < 6; round++) {
    for (let index = 1; index < layers.length; index++) sweep(layers[index]!, true, false);
    for (let index = layers.length - 2; index >= 0; index--) sweep(layers[index]!, false, true);
  }
  for (let round = 0; round < 2; round++) for (const layer of layers) sweep(layer, true, true);

  // Least squares leaves many small jogs; straight arrows read better. Whole chains of bends are set
  // straight where the layers leave room, then each node moves to where the weighted sum of its jogs
  // is least (a weighted median: it lines up with a neighbour), within the room its layer leaves.
  const bounds = (at: LNode): [number, number] => {
    const layer = layers[at.layer]!;
    const left = layer[at.order - 1];
    const right = layer[at.order + 1];
    return [left !== undefined ? left.x + gapOf(left, at) : -Infinity, right !== undefined ? right.x - gapOf(at, right) : Infinity];
  };
  const straighten = () => {
    for (const chain of chains.values()) {
      const dummies = chain.links.slice(1).map((link) => link.from);
      if (dummies.length < 2) continue;
      let low = -Infinity;
      let high = Infinity;
      for (const at of dummies) {
        const [l, h] = bounds(at);
        low = Math.max(low, l);
        high = Math.min(high, h);
      }
      if (low > high + 0.01) continue;
      const first = chain.links[0]!;
      const last = chain.links[chain.links.length - 1]!;
      const ends = [first.from.x + first.fromOffset, last.to.x + last.toOffset];
      const cost = (x: number) => Math.abs(ends[0]! - x) + Math.abs(ends[1]! - x);
      let best = dummies[0]!.x;
      let bestCost = Infinity;
      for (const candidate of [...ends, ...dummies.map((at) => at.x)]) {
        const x = Math.min(high, Math.max(low, candidate));
        const value = cost(x) + (dummies.some((at) => Math.abs(at.x - x) > 0.01) ? 0 : -0.001);
        if (value < bestCost - 1e-6) {
          bestCost = value;
          best = x;
        }
      }
      for (const at of dummies) at.x = best;
    }
  };
  const jogs = (at: LNode, x: number) => {
    let sum = 0;
    for (const link of at.up) sum += link.weight * Math.abs(link.from.x + link.fromOffset - x - link.toOffset);
    for (const link of at.down) sum += link.weight * Math.abs(link.to.x + link.toOffset - x - link.fromOffset);
    return sum;
  };
  const median = () => {
    for (const layer of layers) {
      for (const at of layer) {
        const [low, high] = bounds(at);
        let best = at.x;
        let bestCost = jogs(at, at.x) - 1e-6;
        const consider = (candidate: number) => {
          const x = Math.min(high, Math.max(low, candidate));
          const value = jogs(at, x);
          if (value < bestCost) {
            bestCost = value - 1e-6;
            best = x;
          }
        };
        for (const link of at.up) consider(link.from.x + link.fromOffset - link.toOffset);
        for (const link of at.down) consider(link.to.x + link.toOffset - link.fromOffset);
        at.x = best;
      }
    }
  };
  straighten();
  for (let round = 0; round < 3; round++) median();
  straighten();
  median();

  let minAcross = Infinity;
  let maxAcross = -Infinity;
  for (const layer of layers) {
    for (const at of layer) {
      minAcross = Math.min(minAcross, at.x - at.before);
      maxAcross = Math.max(maxAcross, at.x + at.after);
    }
  }
  if (!Number.isFinite(minAcross)) minAcross = maxAcross = 0;
  for (const layer of layers) for (const at of layer) at.x -= minAcross;

  // 5. Positions along: each layer as tall as its tallest box, channels as tall as their tracks need.
  const heights = layers.map((layer) => layer.reduce((max, at) => Math.max(max, at.along), 0));
  const tracks: Map<Link, number>[] = [];
  const channelHeights: number[] = [];
  for (let index = 0; index + 1 < layers.length; index++) {
    const segments: { link: Link; from: number; to: number; low: number; high: number }[] = [];
    for (const at of layers[index]!) {
      for (const link of at.down) {
        const from = at.x + link.fromOffset;
        const to = link.to.x + link.toOffset;
        if (Math.abs(from - to) > 0.05) segments.push({ link, from, to, low: Math.min(from, to), high: Math.max(from, to) });
      }
    }
    // Top to bottom: arrows going right from the rightmost start, then arrows going left from the leftmost start.
    segments.sort((x, y) => {
      const xr = x.to > x.from ? 0 : 1;
      const yr = y.to > y.from ? 0 : 1;
      if (xr !== yr) return xr - yr;
      return xr === 0 ? y.from - x.from : x.from - y.from;
    });
    const assigned = new Map<Link, number>();
    const placed: { low: number; high: number; track: number }[] = [];
    let count = 0;
    for (const segment of segments) {
      let track = 0;
      for (const other of placed) if (other.low < segment.high + spacing.track && segment.low < other.high + spacing.track) track = Math.max(track, other.track + 1);
      placed.push({ low: segment.low, high: segment.high, track });
      assigned.set(segment.link, track);
      count = Math.max(count, track + 1);
    }
    tracks.push(assigned);
    channelHeights.push(Math.max(spacing.channel, (count + 1) * spacing.track));
  }
  const starts: number[] = [];
  let along = 0;
  layers.forEach((_, index) => {
    starts.push(along);
    along += heights[index]! + (channelHeights[index] ?? 0);
  });

  const places = new Map<ChartNode, { a: number; l: number; across: number; along: number }>();
  for (const item of container.items) {
    const at = itemNode.get(item)!;
    places.set(item, { a: at.x - at.before, l: starts[at.layer]! + (heights[at.layer]! - at.along) / 2, across: at.before + at.after, along: at.along });
  }
  /** Where an arrow meets a node: its side, on the outline of a diamond. */
  const attach = (at: LNode, offset: number, side: Side): number => {
    const top = starts[at.layer]! + (heights[at.layer]! - at.along) / 2;
    if (at.kind === 'terminal') return side === 'bottom' ? starts[at.layer]! + heights[at.layer]! : starts[at.layer]!;
    if (at.kind === 'dummy') return side === 'bottom' ? starts[at.layer]! + heights[at.layer]! : starts[at.layer]!;
    if (at.item!.shape === 'decision') {
      const half = at.along / 2;
      const inset = half * Math.min(1, Math.abs(offset) / at.before);
      return side === 'bottom' ? top + at.along - inset : top + inset;
    }
    return side === 'bottom' ? top + at.along : top;
  };

  const ports = new Map<Part, number>();
  for (const [part, chain] of chains) {
    const points: { a: number; l: number }[] = [];
    const first = chain.links[0]!;
    points.push({ a: first.from.x + first.fromOffset, l: attach(first.from, first.fromOffset, 'bottom') });
    for (const link of chain.links) {
      const from = link.from.x + link.fromOffset;
      const to = link.to.x + link.toOffset;
      const track = tracks[link.from.layer]!.get(link);
      if (track !== undefined) {
        const channelCount = Math.max(...[...tracks[link.from.layer]!.values()]) + 1;
        const start = starts[link.from.layer]! + heights[link.from.layer]!;
        const y = start + ((track + 1) * channelHeights[link.from.layer]!) / (channelCount + 1);
        points.push({ a: from, l: y }, { a: to, l: y });
      }
      if (link.to.label !== undefined && chain.labelAt === undefined) {
        const labelAcross = link.to.after - spacing.label;
        chain.labelAt = { a: link.to.x + spacing.label + labelAcross / 2, l: starts[link.to.layer]! + heights[link.to.layer]! / 2 };
      }
    }
    const lastLink = chain.links[chain.links.length - 1]!;
    points.push({ a: lastLink.to.x + lastLink.toOffset, l: attach(lastLink.to, lastLink.toOffset, 'top') });
    chain.points = chain.reversed ? points.reverse() : points;
    const terminal = part.from === undefined ? chain.tail : part.to === undefined ? chain.head : undefined;
    if (terminal !== undefined) ports.set(part, terminal.x);
  }

  const frame: Frame = { across: maxAcross - minAcross, along: along, places, chains, ports };
  if (layers.length === 0) frame.along = 0;
  return frame;
}
