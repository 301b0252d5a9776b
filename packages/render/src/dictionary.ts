/** The words the charts and step lists use, in each language (zh-Hant is generated from zh-Hans by OpenCC). */
export interface RenderDictionary {
  /** Accessible title of a chart: {name} is the power's name. */
  readonly chartTitle: string;
  /** Accessible description of a chart. */
  readonly chartDescription: string;
  readonly actor: string;
  readonly deadline: string;
  readonly action: string;
  readonly basis: string;
  readonly documents: string;
  readonly duties: string;
  readonly checkpoint: string;
  readonly risk: string;
  /** Badge text of a risk level: {level} is 高/中/低. */
  readonly riskBadge: string;
  readonly controls: string;
  readonly owner: string;
  readonly outcome: string;
  readonly remedies: string;
  readonly start: string;
  readonly end: string;
  readonly parallel: string;
  readonly region: string;
  readonly done: string;
  /** Label of the branch taken when no guard matches. */
  readonly otherwise: string;
  /** A transition: {event} → {target}. */
  readonly goesTo: string;
  /** A guarded transition. */
  readonly goesToIf: string;
  /** A transition without a target. */
  readonly stays: string;
  readonly transitions: string;
  readonly noTransitions: string;
  readonly separator: string;
  /** A period: {n} and {unit}. */
  readonly period: string;
  readonly units: { readonly workday: string; readonly day: string; readonly month: string; readonly year: string; readonly hour: string };
}
