/**
 * The model derived from the texts: the catalogue as the CLI loads it, with validation and lint
 * problems, so that the editor shows exactly what `sunlit lint` reports.
 */
import { useEffect, useState } from 'react';
import { parseDocument } from 'yaml';
import { fromPointer, loadCatalogue, memorySource, sortProblems, type Catalogue, type Locale, type Power, type Problem, type State } from '@sunlit/core';

/** The loaded catalogue and every problem, for one revision of the texts. */
export interface Loaded {
  readonly revision: number;
  readonly catalogue?: Catalogue;
  readonly problems: readonly Problem[];
}

/** Loads the catalogue from the texts whenever they change, a moment after typing stops. */
export function useCatalogue(entry: string, texts: Readonly<Record<string, string>>, revision: number, locale: Locale): Loaded | undefined {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (entry === '') return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void loadCatalogue(entry, memorySource(texts), { lint: true, locale }).then((result) => {
        if (cancelled) return;
        const problems = sortProblems([...result.problems, ...(result.lint ?? [])]);
        setLoaded({ revision, ...(result.catalogue !== undefined && { catalogue: result.catalogue }), problems });
      });
    }, 80);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The texts change exactly when the revision does, so the revision stands for them.
  }, [entry, revision, locale]);
  return loaded;
}

/** A state of a flow by its dotted path. */
export function stateAt(power: Power, path: string): State | undefined {
  const walk = (states: readonly State[]): State | undefined => {
    for (const state of states) {
      if (state.path === path) return state;
      if (path.startsWith(state.path + '.')) return walk(state.states);
    }
    return undefined;
  };
  return walk(power.flow.states);
}

/**
 * Where a problem points inside a power: the state path it concerns (if any). `pointer` is the
 * problem's pointer, `base` the power's own pointer in the same file.
 */
export function stateOfPointer(pointer: string, base: string): string | undefined {
  if (base !== '' && !pointer.startsWith(base + '/') && pointer !== base) return undefined;
  const segments = fromPointer(pointer.slice(base.length));
  if (segments[0] !== 'flow' || segments[1] !== 'states') return undefined;
  const path: string[] = [];
  let index = 1;
  while (segments[index] === 'states' && segments[index + 1] !== undefined) {
    path.push(segments[index + 1]!);
    index += 2;
  }
  return path.length === 0 ? undefined : path.join('.');
}

/** Every power of a file: texts of one-power files and inline lists alike. */
export function powersOfFile(catalogue: Catalogue | undefined, file: string): Power[] {
  return (catalogue?.powers ?? []).filter((power) => power.source.file === file);
}

/** A value as written in a file (YAML read as plain data). */
export type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The power as written in its file, at its JSON pointer. */
export function rawPower(text: string, pointer: string): Raw {
  let value: unknown = parseDocument(text, { uniqueKeys: false }).toJS({ maxAliasCount: 100 });
  for (const segment of fromPointer(pointer)) value = isRecord(value) ? value[segment] : Array.isArray(value) ? value[Number(segment)] : undefined;
  return isRecord(value) ? value : {};
}

/** A state as written, by its dotted path. */
export function rawState(power: Raw, path: string): Raw | undefined {
  let states: unknown = isRecord(power.flow) ? power.flow.states : undefined;
  let state: Raw | undefined;
  for (const id of path.split('.')) {
    state = isRecord(states) && isRecord(states[id]) ? (states[id] as Raw) : undefined;
    if (state === undefined) return undefined;
    states = state.states;
  }
  return state;
}
