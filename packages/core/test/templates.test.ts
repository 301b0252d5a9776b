/**
 * Every template, dropped into a catalogue, validates with no problems, and XState's graph
 * traversal reaches every state of its flow.
 */
import { getShortestPaths } from 'xstate/graph';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, memorySource } from '../src/catalogue.js';
import { lawsOfTemplate, powerFromTemplate, templateFor, templates } from '../src/templates/index.js';
import { allStates, flowEvents, toMachine } from '../src/machine.js';
import { categories } from '../src/vocabulary.js';

function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [prefix + key, ...activePaths(child, `${prefix}${key}.`)]);
}

describe('templates', () => {
  it('cover every category', () => {
    for (const category of categories.values) expect(templateFor(category).category).toBe(category);
    expect(templateFor('penalty', '对违反道路通行规定的处罚（简易程序）').id).toBe('penalty-summary');
    expect(templateFor('other', '政府信息公开申请办理').id).toBe('ogi');
  });

  for (const template of Object.values(templates)) {
    it(`${template.id} validates in a catalogue and reaches every state`, async () => {
      const power = powerFromTemplate(template, { code: 'T-1', name: template.name.zh, department: 'dept' });
      const catalogue = {
        sunlit: 1,
        id: 'template-test',
        title: '模板测试',
        authority: '测试',
        edition: '1',
        departments: [{ id: 'dept', name: '测试局' }],
        laws: lawsOfTemplate(template),
        powers: ['powers/*.yaml'],
      };
      const result = await loadCatalogue('catalogue.yaml', memorySource({ 'catalogue.yaml': stringify(catalogue), 'powers/t.yaml': stringify(power) }));
      expect(result.problems).toEqual([]);
      const loaded = result.catalogue!.powers[0]!;
      const paths = getShortestPaths(toMachine(loaded), { events: flowEvents(loaded.flow) });
      const reached = new Set(paths.flatMap((path) => activePaths(path.state.value)));
      expect(allStates(loaded.flow).map((state) => state.path).filter((path) => !reached.has(path))).toEqual([]);
      // Every final state is an outcome; every state a step.
      for (const state of allStates(loaded.flow)) expect(state.step, state.path).toBeDefined();
    });
  }
});
