/** What the edit tests share: the catalogues they edit, loading them from memory, and line diffs. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diffComm } from 'node-diff3';
import { loadCatalogue, memorySource, type LoadResult, type Power, type State } from '../src/index.js';

const root = new URL('../../../', import.meta.url).pathname;

/** Every YAML file of a folder, recursively, by path relative to it. */
export function yamlFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) files[relative(folder, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(folder);
  return files;
}

/** Every YAML file the project ships as an example or a test fixture, by path from the repository root. */
export function allYamlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['examples', 'packages/core/test/fixtures']) {
    for (const [path, text] of Object.entries(yamlFiles(join(root, folder)))) files[`${folder}/${path}`] = text;
  }
  return files;
}

/** A catalogue held in memory: its files by path, and its entry. */
export interface MemoryCatalogue {
  readonly name: string;
  readonly entry: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The catalogues the edit tests work on: the examples and the fixtures written in other styles. */
export function catalogues(): MemoryCatalogue[] {
  const folder = (name: string, path: string): MemoryCatalogue => {
    const files = yamlFiles(join(root, path));
    for (const file of Object.keys(files)) if (file.startsWith('cases/')) delete files[file];
    return { name, entry: 'catalogue.yaml', files };
  };
  return [
    folder('shenyang', 'examples/shenyang'),
    { name: 'minimal', entry: 'catalogue.yaml', files: { 'catalogue.yaml': readFileSync(join(root, 'examples/minimal.yaml'), 'utf8') } },
    folder('edit', 'packages/core/test/fixtures/edit'),
    folder('format-md', 'packages/core/test/fixtures/format-md'),
    folder('other-hand', 'packages/core/test/fixtures/other-hand'),
  ];
}

export function load(catalogue: MemoryCatalogue, files: Readonly<Record<string, string>> = catalogue.files): Promise<LoadResult> {
  return loadCatalogue(catalogue.entry, memorySource(files), { lint: true });
}

/** The codes and severities of a load's problems (validation and lint), sorted: what an edit may not change. */
export function problemCodes(result: LoadResult): string[] {
  return [...result.problems, ...(result.lint ?? [])].map((problem) => `${problem.severity} ${problem.code}`).sort();
}

/** The lines removed and added between two texts (lines split at \n, so a changed line ending shows). */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffComm(before.split('\n'), after.split('\n'))) {
    if (part.common === undefined) {
      removed.push(...part.buffer1);
      added.push(...part.buffer2);
    }
  }
  return { removed, added };
}

/** The comment lines of a text (lines whose content starts with #), trimmed. */
export function commentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));
}

/** Trailing comments (` # …` after content, outside quotes), as written. */
export function trailingComments(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    if (line.trim().startsWith('#')) return [];
    let quote: string | undefined;
    for (let index = 0; index < line.length; index++) {
      const character = line[index]!;
      if (quote === '"' && character === '\\') index++;
      else if (quote !== undefined) {
        if (character === quote) quote = undefined;
      } else if (character === '"' || character === "'") {
        if (index === 0 || /[\s:,[{]/.test(line[index - 1]!)) quote = character;
      } else if (character === '#' && index > 0 && /\s/.test(line[index - 1]!)) {
        return [line.slice(index).trim()];
      }
    }
    return [];
  });
}

/** A flow reduced to what edits must keep: states by path with their kind, initial and transitions. */
export function flowShape(power: Power, moved: (path: string) => string | null = (path) => path): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  const map = (path: string | undefined) => (path === undefined ? undefined : moved(path));
  const visit = (states: readonly State[]) => {
    for (const state of states) {
      const path = moved(state.path);
      if (path === null) continue;
      shape[path] = {
        kind: state.kind,
        initial: state.initial === undefined ? undefined : moved(`${state.path}.${state.initial}`)?.split('.').pop(),
        name: state.name === state.id ? undefined : state.name,
        transitions: state.transitions
          .filter((transition) => transition.target === undefined || map(transition.target) !== null)
          .map((transition) => `${transition.event}|${transition.guard ?? ''}|${map(transition.target) ?? ''}`),
        onDone: state.onDone.map((transition) => `${map(transition.target) ?? ''}`),
      };
      visit(state.states);
    }
  };
  visit(power.flow.states);
  return shape;
}

/** The powers of a catalogue that loaded, each with the file and pointer it was written at. */
export async function powersOf(catalogue: MemoryCatalogue): Promise<readonly Power[]> {
  const result = await load(catalogue);
  return result.catalogue?.powers ?? [];
}
