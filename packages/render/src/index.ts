/**
 * @sunlit/render: a power's flow chart as pure strings, with no DOM and no browser, shared by the
 * editor and the public site. `chartGraph` sizes the boxes (CJK-aware wrapping), `layoutChart` lays
 * them out (a layered layout of our own; saved positions honoured, cached by content), `renderSvg` draws an accessible
 * SVG, `renderStepList` writes the same flow as an ordered list. See docs/embedding.md.
 */
import type { Power } from '@sunlit/core';
import { chartGraph, type GraphOptions } from './graph.js';
import { layoutChart, type ChartLayout, type LayoutCache } from './layout.js';
import { renderStepList } from './steps.js';
import { renderSvg, type SvgOptions } from './svg.js';

export { chartGraph, metrics, periodText, type Badge, type ChartEdge, type ChartGraph, type ChartNode, type GraphOptions, type NodeShape, type TransitionRef } from './graph.js';
export { contentHash, layoutChart, layoutChartSync, layoutKey, type ChartLayout, type LayoutCache, type LayoutOptions, type PlacedEdge, type PlacedNode, type Point } from './layout.js';
export { renderSvg, type SvgOptions } from './svg.js';
export { citation, renderStepList, type StepListOptions } from './steps.js';
export { textWidth, wrapText } from './text.js';
export { cleanText, escapeAttribute, escapeText, html, raw, Raw, safeUrl, urlSegment } from './escape.js';
export type { RenderDictionary } from './dictionary.js';
export { dictionaryOf } from './words.js';

/** Options of renderFlow. */
export interface RenderOptions extends GraphOptions, Omit<SvgOptions, 'locale'> {
  readonly cache?: LayoutCache;
}

/** What renderFlow gives: the SVG, the step list (HTML) and the layout it drew. */
export interface RenderedFlow {
  readonly svg: string;
  readonly steps: string;
  readonly layout: ChartLayout;
}

/**
 * A power's flow rendered: its chart as SVG and the same flow as an ordered list of steps.
 *
 * @example
 * const { svg, steps } = await renderFlow(power, { locale: 'zh-Hans' });
 */
export async function renderFlow(power: Pick<Power, 'code' | 'name' | 'flow' | 'layout'>, options: RenderOptions = {}): Promise<RenderedFlow> {
  const graph = chartGraph(power, options);
  const layout = await layoutChart(graph, options.cache ? { cache: options.cache } : {});
  const svg = renderSvg(layout, options);
  const steps = renderStepList(power, options.locale ? { locale: options.locale } : {});
  return { svg, steps, layout };
}
