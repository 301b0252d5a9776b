/**
 * The flow chart as an editable canvas. Boxes are placed by the same layout code as the public
 * chart (@sunlit/render); positions the author drags are written to the power's `layout`. Nodes
 * are derived from the model on every change, so the canvas never holds anything the files do not.
 */
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  applyEdgeChanges,
  useReactFlow,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeProps,
  type OnConnect,
} from '@xyflow/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Locale, Power } from '@sunlit/core';
import { chartGraph, layoutChart, type ChartLayout, type LayoutCache, type PlacedNode, type TransitionRef } from '@sunlit/render';
import { fill, type EditorDictionary } from './messages/index.js';

/** What is selected on the canvas. */
export interface Selection {
  readonly states: readonly string[];
  readonly transition?: TransitionRef;
}

export const noSelection: Selection = { states: [] };

interface NodeData extends Record<string, unknown> {
  readonly box: PlacedNode;
  readonly direction: 'TB' | 'LR';
  readonly active: boolean;
}

interface CanvasActions {
  readonly t: EditorDictionary;
  readonly renaming: string | undefined;
  readonly setRenaming: (path: string | undefined) => void;
  readonly rename: (path: string, id: string) => void;
}

const ActionsContext = createContext<CanvasActions | undefined>(undefined);

const transitionKey = (ref: TransitionRef): string => `t:${ref.source}\u0000${ref.event}\u0000${ref.index}${ref.onDone ? '\u0000done' : ''}`;
const decisionKey = (source: string, event: string): string => `d:${source}\u0000${event}`;

function Handles({ direction }: { direction: 'TB' | 'LR' }) {
  return (
    <>
      <Handle type="target" position={direction === 'TB' ? Position.Top : Position.Left} />
      <Handle type="source" position={direction === 'TB' ? Position.Bottom : Position.Right} />
    </>
  );
}

function RenameInput({ path, value }: { path: string; value: string }) {
  const actions = useContext(ActionsContext)!;
  const [text, setText] = useState(value);
  const commit = () => {
    actions.setRenaming(undefined);
    if (text.trim() !== '' && text !== value) actions.rename(path, text);
  };
  return (
    <input
      className="sl-rename nodrag"
      aria-label={actions.t.canvas.rename}
      autoFocus
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') actions.setRenaming(undefined);
      }}
    />
  );
}

function StateNode({ data, selected }: NodeProps<Node<NodeData>>) {
  const actions = useContext(ActionsContext)!;
  const { box } = data;
  const path = box.path!;
  const id = path.slice(path.lastIndexOf('.') + 1);
  return (
    <div
      className={`sl-node sl-${box.shape}${data.active ? ' sl-active' : ''}${selected ? ' sl-selected' : ''}`}
      onDoubleClick={() => actions.setRenaming(path)}
    >
      <Handles direction={data.direction} />
      {actions.renaming === path ? (
        <RenameInput path={path} value={id} />
      ) : (
        <div className="sl-title">
          {box.title.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      )}
      {box.details.map((line, index) => (
        <div className="sl-detail" key={index}>
          {line}
        </div>
      ))}
      {box.badges.length > 0 && (
        <div className="sl-badges">
          {box.badges.map((badge) => (
            <span key={badge.text} className={`sl-badge sl-${badge.tone}`}>
              {badge.text}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

function DecisionNode({ data }: NodeProps<Node<NodeData>>) {
  return (
    <div className="sl-decision">
      <Handles direction={data.direction} />
      <svg className="sl-diamond" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        <polygon points="50,1 99,50 50,99 1,50" />
      </svg>
      <div className="sl-decision-text">
        {data.box.title.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </div>
    </div>
  );
}

function GroupNode({ data, selected }: NodeProps<Node<NodeData>>) {
  const { box } = data;
  return (
    <div className={`sl-group sl-${box.shape}${data.active ? ' sl-active' : ''}${selected ? ' sl-selected' : ''}`}>
      <Handles direction={data.direction} />
      <div className="sl-group-title">
        {box.title.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
        {box.details.map((line, index) => (
          <div className="sl-detail" key={`d${index}`}>
            {line}
          </div>
        ))}
      </div>
    </div>
  );
}

const nodeTypes = { state: StateNode, decision: DecisionNode, group: GroupNode };

/** The difference between the layout's coordinates and the saved positions' coordinates. */
function offsetOf(layout: ChartLayout, power: Power): { x: number; y: number } {
  const saved = power.layout?.nodes ?? {};
  for (const node of layout.nodes) {
    const position = node.path === undefined ? undefined : saved[node.path];
    if (position !== undefined) return { x: node.x - position.x, y: node.y - position.y };
  }
  return { x: 0, y: 0 };
}

function nodeLabel(box: PlacedNode, t: EditorDictionary): string {
  const name = box.title.join('');
  if (box.shape === 'decision') return fill(t.canvas.decisionLabel, { event: name });
  if (box.shape === 'group' || box.shape === 'parallel') return [fill(t.canvas.groupLabel, { name }), ...box.details].join('，');
  const kind = box.shape === 'start' ? t.canvas.start : box.shape === 'end' ? t.canvas.end : t.canvas.step;
  return [fill(t.canvas.stateLabel, { kind, name }), ...box.details, ...box.badges.map((badge) => badge.text)].join('，');
}

/** React Flow nodes and edges from a laid-out chart. Parents come before their children. */
function toFlow(layout: ChartLayout, power: Power, graph: ReturnType<typeof chartGraph>, selection: Selection, active: ReadonlySet<string>, t: EditorDictionary) {
  const offset = offsetOf(layout, power);
  const direction = graph.direction;
  const nodes: Node<NodeData>[] = [];
  const idOf = new Map<string, string>();
  const selected = new Set(selection.states);
  const visit = (box: PlacedNode, parent: PlacedNode | undefined, parentId: string | undefined) => {
    const id = box.path ?? (box.branches ? decisionKey(box.branches.source, box.branches.event) : box.id);
    idOf.set(box.id, id);
    const type = box.shape === 'decision' ? 'decision' : box.children.length > 0 || box.shape === 'group' || box.shape === 'parallel' ? 'group' : 'state';
    const position = parent === undefined ? { x: box.x - offset.x, y: box.y - offset.y } : { x: box.x - parent.x, y: box.y - parent.y };
    const isActive = box.path !== undefined && [...active].some((path) => path === box.path || path.startsWith(box.path + '.'));
    nodes.push({
      id,
      type,
      position,
      data: { box, direction, active: isActive },
      width: box.width,
      height: box.height,
      style: { width: box.width, height: box.height },
      selected: box.path !== undefined && selected.has(box.path),
      selectable: box.path !== undefined,
      draggable: true,
      ariaLabel: nodeLabel(box, t) + (isActive ? `（${t.canvas.active}）` : ''),
      ...(box.path !== undefined && { domAttributes: { 'data-state': box.path } as Record<string, string> }),
      ...(parentId !== undefined && { parentId }),
    });
    for (const child of box.children) visit(child, box, id);
  };
  for (const box of layout.nodes) visit(box, undefined, undefined);
  const edges: Edge[] = layout.edges.map((edge) => {
    const id = edge.transition ? transitionKey(edge.transition) : `into:${edge.id}:${idOf.get(edge.target)}`;
    const label = edge.label.join('');
    return {
      id,
      source: idOf.get(edge.source)!,
      target: idOf.get(edge.target)!,
      type: 'smoothstep',
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      selectable: edge.transition !== undefined,
      selected: edge.transition !== undefined && selection.transition !== undefined && transitionKey(selection.transition) === id,
      ...(label !== '' && { label, ariaLabel: label }),
      data: { transition: edge.transition },
    };
  });
  return { nodes, edges };
}

export interface CanvasProps {
  readonly power: Power;
  readonly locale: Locale;
  readonly t: EditorDictionary;
  readonly selection: Selection;
  readonly active: ReadonlySet<string>;
  readonly cache: LayoutCache;
  readonly onSelect: (selection: Selection) => void;
  readonly onMove: (positions: Readonly<Record<string, { x: number; y: number }>>) => void;
  readonly onConnect: (source: string, target: string) => void;
  readonly onRename: (path: string, id: string) => void;
  /** Deletes the selection, or the focused state when nothing is selected. */
  readonly onDelete: (focused?: string) => void;
}

/** The editable flow chart of one power. */
export function Canvas(props: CanvasProps) {
  const { power, locale, t, selection, active, cache } = props;
  const [nodes, setNodes] = useState<Node<NodeData>[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [renaming, setRenaming] = useState<string>();
  const graph = useMemo(() => chartGraph(power, { locale }), [power, locale]);
  const [layout, setLayout] = useState<ChartLayout>();

  useEffect(() => {
    let cancelled = false;
    void layoutChart(graph, { cache }).then((result) => {
      if (cancelled) return;
      setLayout(result);
    });
    return () => {
      cancelled = true;
    };
  }, [graph, cache]);

  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  useEffect(() => {
    if (layout === undefined || layout.code !== power.code) return;
    const flow = toFlow(layout, power, graph, selectionRef.current, active, t);
    setNodes(flow.nodes);
    setEdges(flow.edges);
  }, [layout, power, graph, active, t]);

  // A selection made elsewhere (the problems panel, the properties panel) shows on the canvas;
  // positions are left as they are, so a drag in progress is not disturbed.
  useEffect(() => {
    const chosen = new Set(selection.states);
    const edge = selection.transition && transitionKey(selection.transition);
    setNodes((current) => {
      const next = current.map((node) => {
        const want = chosen.has(node.data.box.path ?? '');
        return Boolean(node.selected) === want ? node : { ...node, selected: want };
      });
      return next.some((node, index) => node !== current[index]) ? next : current;
    });
    setEdges((current) => {
      const next = current.map((item) => (Boolean(item.selected) === (item.id === edge) ? item : { ...item, selected: item.id === edge }));
      return next.some((item, index) => item !== current[index]) ? next : current;
    });
  }, [selection]);

  // The canvas's own nodes and edges, read by the change handlers without re-creating them.
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  const edgesRef = useRef(edges);
  edgesRef.current = edges;
  const onSelectRef = useRef(props.onSelect);
  onSelectRef.current = props.onSelect;

  const selectionKey = (chosen: Selection) => `${chosen.states.join('\n')}\u0001${chosen.transition ? transitionKey(chosen.transition) : ''}`;
  /** The last selection made on the canvas itself, and the last one the view was moved to. */
  const reported = useRef('');
  const centred = useRef('');

  /** Reports a selection the user made (React Flow's `select` changes); never one set from outside. */
  const report = (currentNodes: readonly Node<NodeData>[], currentEdges: readonly Edge[]) => {
    const states = currentNodes.filter((node) => node.selected).map((node) => node.data.box.path).filter((path): path is string => path !== undefined);
    const transition = (currentEdges.find((edge) => edge.selected)?.data as { transition?: TransitionRef } | undefined)?.transition;
    const chosen: Selection = { states, ...(transition !== undefined && states.length === 0 && { transition }) };
    reported.current = selectionKey(chosen);
    onSelectRef.current(chosen);
  };

  const flow = useReactFlow();
  // Another power opened: the whole of its chart comes into view once it is drawn.
  const fitted = useRef('');
  useEffect(() => {
    if (nodes.length === 0 || fitted.current === power.code || !nodes.some((node) => node.id === power.flow.initial)) return;
    fitted.current = power.code;
    // After React Flow has taken the new nodes into its store (the frame after they are set).
    requestAnimationFrame(() => requestAnimationFrame(() => void flow.fitView({ duration: 0 })));
  }, [nodes, power, flow]);

  // A state chosen elsewhere (just added, or a problem clicked) is brought into view once it is drawn.
  useEffect(() => {
    const key = selectionKey(selection);
    const target = selection.states.length === 1 ? selection.states[0] : undefined;
    if (target === undefined || key === reported.current || key === centred.current) return;
    if (!nodes.some((node) => node.id === target)) return;
    centred.current = key;
    void flow.fitView({ nodes: [{ id: target }], maxZoom: 1.2, minZoom: 0.6, duration: 0 });
  }, [selection, nodes, flow]);

  const onNodesChange = useCallback((changes: NodeChange<Node<NodeData>>[]) => {
    // Only moves and selection apply here; removal goes through the files (onDelete).
    const next = applyNodeChanges(changes.filter((change) => change.type !== 'remove'), nodesRef.current);
    nodesRef.current = next;
    setNodes(next);
    if (changes.some((change) => change.type === 'select')) report(next, edgesRef.current);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const next = applyEdgeChanges(changes.filter((change) => change.type !== 'remove'), edgesRef.current);
    edgesRef.current = next;
    setEdges(next);
    if (changes.some((change) => change.type === 'select')) report(nodesRef.current, next);
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      const positions: Record<string, { x: number; y: number }> = {};
      for (const node of dragged) {
        const path = (node.data as NodeData).box.path;
        if (path !== undefined) positions[path] = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
      }
      if (Object.keys(positions).length > 0) props.onMove(positions);
    },
    [props],
  );

  const onConnect: OnConnect = useCallback(
    (connection) => {
      const source = nodes.find((node) => node.id === connection.source);
      const target = nodes.find((node) => node.id === connection.target);
      const from = (source?.data as NodeData | undefined)?.box.path ?? (source?.data as NodeData | undefined)?.box.branches?.source;
      const to = (target?.data as NodeData | undefined)?.box.path;
      if (from !== undefined && to !== undefined) props.onConnect(from, to);
    },
    [nodes, props],
  );

  const onKeyDown = (event: ReactKeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, .cm-editor')) return;
    // The node that has the keyboard focus counts as selected for these keys.
    const focused = target.closest('.react-flow__node')?.getAttribute('data-state') ?? undefined;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.onDelete(selection.states.length === 0 && selection.transition === undefined ? focused : undefined);
    } else if (event.key === 'F2' && (focused !== undefined || selection.states.length === 1)) {
      event.preventDefault();
      setRenaming(focused ?? selection.states[0]);
    }
  };

  const actions = useMemo<CanvasActions>(() => ({ t, renaming, setRenaming, rename: props.onRename }), [t, renaming, props.onRename]);
  const ariaLabelConfig = useMemo(
    () => (locale === 'en' ? {} : { 'node.a11yDescription.default': '按回车或空格选择环节；按 Delete 删除；按 F2 重命名；选中后可用方向键移动。', 'edge.a11yDescription.default': '按回车或空格选择转移；按 Delete 删除。', 'controls.ariaLabel': '画布控制', 'controls.zoomIn.ariaLabel': '放大', 'controls.zoomOut.ariaLabel': '缩小', 'controls.fitView.ariaLabel': '适合画布', 'controls.interactive.ariaLabel': '锁定画布', 'minimap.ariaLabel': '缩略图', 'handle.ariaLabel': '连接点' }),
    [locale],
  );

  return (
    <ActionsContext.Provider value={actions}>
      <div className="sl-canvas" onKeyDown={onKeyDown} role="region" aria-label={fill(t.canvas.label, { name: power.name })} id="canvas">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          deleteKeyCode={null}
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          fitView
          minZoom={0.1}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={16} />
          <Controls />
          <MiniMap pannable zoomable style={{ width: 150, height: 100 }} />
        </ReactFlow>
      </div>
    </ActionsContext.Provider>
  );
}
