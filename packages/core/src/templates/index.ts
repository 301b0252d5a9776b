/**
 * Templates: the statutory skeleton of each category's flow, shared by import and the editor's
 * "add a power from a template". Browser-safe, plain data.
 */
import type { LawDocument, PowerDocument } from '../documents.js';
import type { Category } from '../vocabulary.js';
import { templates, type PowerTemplate, type TemplateId } from './flows.js';
import { templateLaws, type TemplateLawId } from './laws.js';

export { templates, type PowerTemplate, type TemplateId } from './flows.js';
export { templateLaws, type TemplateLawId } from './laws.js';

/**
 * The template for a category. A power's name chooses between variants: 简易程序 / 当场 picks the
 * summary penalty procedure, 政府信息公开 under `other` picks the disclosure-on-request template.
 */
export function templateFor(category: Category, name = ''): PowerTemplate {
  if (category === 'penalty' && /简易程序|当场(处罚|作出)/.test(name)) return templates['penalty-summary'];
  if (category === 'other' && /政府信息公开|依申请公开/.test(name)) return templates.ogi;
  const byCategory: Record<Category, TemplateId> = {
    licensing: 'licensing',
    penalty: 'penalty',
    coercion: 'coercion',
    levy: 'levy',
    payment: 'payment',
    inspection: 'inspection',
    confirmation: 'confirmation',
    reward: 'reward',
    adjudication: 'adjudication',
    other: 'other',
  };
  return templates[byCategory[category]];
}

/** The registry entries a template cites, to add to a catalogue's `laws`. */
export function lawsOfTemplate(template: PowerTemplate): LawDocument[] {
  return template.laws.map((id: TemplateLawId) => ({ ...templateLaws[id] }));
}

/** The fields of a new power that a template does not supply. */
export interface NewPower {
  readonly code: string;
  readonly name: string;
  readonly department: string;
}

/** Drops empty `basis` lists, which say nothing. */
function withBasis<T extends { readonly basis?: readonly string[] }>(item: T): T {
  if (item.basis === undefined || item.basis.length > 0) return item;
  const { basis: _empty, ...rest } = item;
  return rest as T;
}

/**
 * A new power built from a template: its flow, clocks, rights and accountability, with the
 * template's procedural basis. Deep-copied, so the result can be edited freely.
 */
export function powerFromTemplate(template: PowerTemplate, fields: NewPower): PowerDocument {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    code: fields.code,
    name: fields.name,
    category: template.category,
    department: fields.department,
    basis: copy(template.basis),
    ...(Object.keys(template.clocks).length > 0 && { clocks: copy(template.clocks) }),
    rights: copy(template.rights).map(withBasis),
    accountability: copy(template.accountability).map(withBasis),
    flow: copy(template.flow),
  };
}
