/**
 * Schema validation with ajv against the JSON Schemas in /schemas, and the translation of ajv's
 * errors into findings that name the field, the place and what is allowed.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import caseSchema from '@sunlit/schemas/case.schema.json' with { type: 'json' };
import catalogueSchema from '@sunlit/schemas/catalogue.schema.json' with { type: 'json' };
import powerSchema from '@sunlit/schemas/power.schema.json' with { type: 'json' };
import type { JsonType, MessageId, VocabularyName } from './messages/index.js';
import { finding, fromPointer, type Finding } from './problems.js';
import { closest, isDate } from './text.js';
import { vocabularies } from './vocabulary.js';

export type DocumentKind = 'catalogue' | 'power' | 'case';

const schemaIds: Record<DocumentKind, string> = {
  catalogue: catalogueSchema.$id,
  power: powerSchema.$id,
  case: caseSchema.$id,
};

/** The schemas, as published in /schemas, by kind. */
export const schemas = { catalogue: catalogueSchema, power: powerSchema, case: caseSchema } as const;

let compiled: Record<DocumentKind, ValidateFunction> | undefined;

/**
 * ajv gathers the errors of each `$ref` it follows by copying every error found so far
 * (`vErrors = vErrors.concat(refErrors)`): with all errors wanted that is quadratic, and a list
 * of 190,000 wrong items took four minutes (its issue #2012 leaves limits to the caller). The
 * generated code is rewritten to append instead; `linearErrorsRewrites` counts the rewrites, so
 * that a test notices when a new ajv writes the line differently.
 */
const gatheredByCopy = /vErrors = vErrors === null \? ([\w$.]+) : vErrors\.concat\(\1\);/g;
export let linearErrorsRewrites = 0;
function linearErrors(code: string): string {
  return code.replace(gatheredByCopy, (_, errors: string) => {
    linearErrorsRewrites++;
    return `if (vErrors === null) vErrors = ${errors}.slice(); else for (let i$ = 0; i$ < ${errors}.length; i$++) vErrors.push(${errors}[i$]);`;
  });
}

function validators(): Record<DocumentKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true, code: { process: linearErrors } });
  // Editor hints for enum values (VS Code's YAML support shows them); they do not validate.
  ajv.addVocabulary(['markdownEnumDescriptions']);
  ajv.addFormat('date', { type: 'string', validate: isDate });
  ajv.addSchema([powerSchema, catalogueSchema, caseSchema]);
  const get = (kind: DocumentKind) => {
    const validate = ajv.getSchema(schemaIds[kind]);
    if (!validate) throw new Error(`schema ${schemaIds[kind]} did not compile`);
    return validate;
  };
  compiled = { catalogue: get('catalogue'), power: get('power'), case: get('case') };
  return compiled;
}

/**
 * Validates a parsed document against the schema of its kind. `base` is the path of the document
 * inside its file (an inline power sits at ["powers", n] of the entry file).
 */
export function validateSchema(
  kind: DocumentKind,
  value: unknown,
  file: string,
  base: readonly (string | number)[] = [],
): Finding[] {
  const validate = validators()[kind];
  if (validate(value)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const found = translate(error, file, base);
    if (found === undefined) continue;
    const key = `${found.code}\u0000${found.path.join('\u0000')}\u0000${found.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(found);
  }
  return findings;
}

/** Keyword errors that only restate another error reported at the same node. */
const restating = new Set(['if', 'propertyNames', 'anyOf', 'oneOf', 'allOf']);

/**
 * Which `$defs` entry an error comes from. ajv's schema paths restart at every reference it
 * compiles apart, so the entry is found by the identity of the schema object (ajv keeps it).
 */
const definitions = new Map<object, string>();
/** Marks every schema object with the name of the `$defs` entry it sits in (nested ones win). */
function markDefinitions(node: unknown, name: string | undefined): void {
  if (node === null || typeof node !== 'object') return;
  if (!Array.isArray(node) && name !== undefined) definitions.set(node, name);
  for (const [key, child] of Object.entries(node)) {
    if (key === '$defs' && child !== null && typeof child === 'object') {
      for (const [definition, value] of Object.entries(child)) markDefinitions(value, definition);
    } else markDefinitions(child, name);
  }
}
for (const schema of [powerSchema, catalogueSchema, caseSchema]) markDefinitions(schema, undefined);

function definitionOf(error: ErrorObject): string | undefined {
  return definitions.get(error.parentSchema as object);
}

const enumCodes: Partial<Record<VocabularyName, MessageId>> = {
  category: 'unknown-category',
  step: 'unknown-step',
  outcome: 'unknown-outcome',
  checkpointKind: 'unknown-checkpoint-kind',
  riskLevel: 'unknown-risk-level',
  rightKind: 'unknown-right-kind',
  unit: 'unknown-unit',
  level: 'unknown-level',
  target: 'unknown-party',
};

const patternCodes: Record<string, MessageId> = {
  powerCode: 'invalid-code',
  id: 'invalid-id',
  stateName: 'invalid-state-name',
  eventName: 'invalid-event-name',
  lawRefShorthand: 'invalid-basis-ref',
  dateOrRange: 'invalid-date',
  timestamp: 'invalid-timestamp',
  articleNumber: 'invalid-article-number',
};

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function translate(error: ErrorObject, file: string, base: readonly (string | number)[]): Finding | undefined {
  if (restating.has(error.keyword)) return undefined;
  const instancePath = fromPointer(error.instancePath);
  const path = [...base, ...instancePath];
  const definition = definitionOf(error);
  // Errors about a mapping key (ajv's propertyNames) point at the key.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const keyPath = [...path, propertyName];
    if (error.keyword === 'not') return finding(file, keyPath, 'reserved-name', { value: propertyName, place: path }, { at: 'key' });
    const code = definition === 'statePath' ? 'invalid-state-name' : patternCodes[definition ?? ''];
    return finding(file, keyPath, code ?? 'invalid-value', { value: propertyName, place: path, allowed: [] }, { at: 'key' });
  }
  const value = error.data;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return finding(file, path, 'missing-field', { field: missing, place: path }, { at: 'key' });
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return finding(file, [...path, extra], 'unknown-field', { value: extra, place: path, allowed, suggestion: closest(extra, allowed) }, { at: 'key' });
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).split(',') as JsonType[];
      return finding(file, path, 'wrong-type', { place: path, expected, actual: jsonType(value) });
    }
    case 'enum': {
      const vocabulary = definition as VocabularyName | undefined;
      const code = vocabulary !== undefined ? enumCodes[vocabulary] : undefined;
      const allowedValues = (error.schema as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowedValues) : undefined;
      if (vocabulary !== undefined && vocabulary in vocabularies) {
        return finding(file, path, code ?? 'invalid-value', { value, place: path, allowed: vocabulary, suggestion });
      }
      return finding(file, path, 'invalid-value', { value, place: path, allowed: allowedValues, suggestion });
    }
    case 'const':
      if (instancePath.length === 1 && instancePath[0] === 'sunlit') {
        // sunlit: "1" is the right version written as text.
        if (typeof value !== 'number') return finding(file, path, 'wrong-type', { place: path, expected: ['integer'], actual: jsonType(value) });
        return finding(file, path, 'unsupported-version', { value });
      }
      return finding(file, path, 'invalid-value', { value, place: path, allowed: [String(error.schema)] });
    case 'pattern': {
      let code = patternCodes[definition ?? ''];
      if (definition === 'statePath') code = isTransitionPath(instancePath) ? 'invalid-target' : 'invalid-state-name';
      return finding(file, path, code ?? 'invalid-value', { value, place: path, allowed: [] });
    }
    case 'format':
      return finding(file, path, 'invalid-date', { value, place: path });
    case 'not':
      return finding(file, path, 'reserved-name', { value, place: path });
    case 'minLength':
      return finding(file, path, 'empty-value', { place: path });
    case 'maxLength':
      return finding(file, path, definition === 'id' ? 'invalid-id' : 'invalid-value', { value, place: path, allowed: [] });
    case 'minItems':
      return finding(file, path, 'too-few-items', { place: path, limit: (error.params as { limit: number }).limit });
    case 'minProperties':
      return finding(file, path, 'empty-states', { place: path });
    case 'uniqueItems':
      return finding(file, path, 'duplicate-item', { place: path });
    case 'minimum':
    case 'maximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      return finding(file, path, 'out-of-range', { value, place: path, limit: `${comparison} ${limit}` });
    }
    default:
      return finding(file, path, 'invalid-value', { value, place: path, allowed: [] });
  }
}

/** True when a state path is a transition's target rather than a clock's or layout's state. */
function isTransitionPath(path: readonly string[]): boolean {
  return path.includes('on') || path.includes('onDone') || path[path.length - 1] === 'target';
}
