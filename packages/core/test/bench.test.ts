/** The benchmark keeps working: a tiny run generates a catalogue that validates clean and reports its ratios. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const repository = new URL('../../../', import.meta.url).pathname;

it('runs the validation benchmark on a small generated catalogue', { timeout: 60_000 }, () => {
  const run = spawnSync(process.execPath, ['bench/validate.mjs', '--powers', '30', '--rounds', '1', '--no-cli'], { cwd: repository, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\*\*Ratio \(c\)\/\(a\), validation only: [\d.]+×/);
  expect(run.stdout).toContain('Data: 31 files');
});

it('runs the lint benchmark on a small generated catalogue', { timeout: 60_000 }, () => {
  const run = spawnSync(process.execPath, ['bench/lint.mjs', '--powers', '30', '--rounds', '1'], { cwd: repository, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\*\*Ratio \(l\)\/\(v\): [\d.]+×/);
  expect(run.stdout).toMatch(/Lint found [\d,]+ problems in [\d,]+ of 30 power files/);
});

it('runs the scale benchmark (sunlit validate and lint, each in its own process) on a small generated catalogue', { timeout: 60_000 }, () => {
  const run = spawnSync(process.execPath, ['bench/scale.mjs', '--powers', '30'], { cwd: repository, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\| `sunlit validate --format json` \| 0 \| [\d.]+ s \| [\d.]+ s \| [\d,]+ MiB \| 0 \|/);
  expect(run.stdout).toMatch(/\| `sunlit lint --format json` \| 1 \| [\d.]+ s \| [\d.]+ s \| [\d,]+ MiB \| [\d,]+ \|/);
  expect(run.stdout).toContain('**met**');
});
