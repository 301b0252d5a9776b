/** sunlit publish and sunlit diff as users run them: the site's files, atomic replacement, determinism, changes. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';

const repository = new URL('../../../', import.meta.url).pathname;
const example = join(repository, 'examples/shenyang');

async function sunlit(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
  return { code, stdout, stderr };
}

function listFiles(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(folder, full), readFileSync(full));
    }
  };
  walk(folder);
  return files;
}

const temporary = () => mkdtempSync(join(tmpdir(), 'sunlit-publish-'));

describe('sunlit publish', () => {
  it('writes every page, download and language, and the same bytes twice', async () => {
    const out = join(temporary(), 'site');
    const first = await sunlit('publish', example, '--out', out);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('9 项职权');
    const files = listFiles(out);
    for (const path of [
      'index.html',
      'powers/index.html',
      'powers/SY-XK-0001/index.html',
      'powers/SY-XK-0001/SY-XK-0001.xlsx',
      'powers/SY-XK-0001/SY-XK-0001.csv',
      'powers/SY-XK-0001/SY-XK-0001.json',
      'powers/SY-XK-0001/SY-XK-0001.yaml',
      'powers/SY-XK-0001/flow.svg',
      'laws/admin-licensing/index.html',
      'stats/index.html',
      'about/index.html',
      'filters/category/licensing/index.html',
      'zh-Hant/powers/SY-XK-0001/index.html',
      'en/powers/SY-XK-0001/index.html',
      'downloads/catalogue.xlsx',
      'downloads/catalogue.csv',
      'downloads/catalogue.json',
      'downloads/source/catalogue.yaml',
      'downloads/source/powers/road-occupation-permit.yaml',
      'assets/site.css',
      'assets/site.js',
      'search-index.json',
    ]) {
      expect(files.has(path), path).toBe(true);
    }
    const page = files.get('powers/SY-XK-0001/index.html')!.toString('utf8');
    for (const label of ['事项编码', '事项名称', '职权类别', '实施主体', '承办机构', '设定依据', '实施依据', '法定时限', '承诺时限', '收费依据及标准', '相对人权利', '责任事项', '追责情形', '廉政风险点及防控措施', '监督方式']) {
      expect(page, label).toContain(`<th scope="row">${label}`);
    }
    expect(page).toContain('<svg ');
    expect(page).toContain('<ol class="steps">');
    // No inline script or style anywhere.
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      const html = content.toString('utf8');
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)|\sstyle=|<style|\son[a-z]+=/i);
      expect(html, path).toContain('Content-Security-Policy');
    }
    expect(files.get('zh-Hant/index.html')!.toString('utf8')).toContain('瀋陽市市級行政職權目錄');
    expect(files.get('en/index.html')!.toString('utf8')).toContain('Published by');
    // The page of a power weighs under 100 KB with its CSS.
    expect(files.get('powers/SY-XK-0001/index.html')!.length + files.get('assets/site.css')!.length).toBeLessThan(100_000);

    const second = await sunlit('publish', example, '--out', out);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('流程图布局 0 张');
    const again = listFiles(out);
    expect([...again.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) expect(again.get(path)!.equals(content), path).toBe(true);
  }, 120_000);

  it('republishes incrementally: only what one changed power touches is made again, and the result is what a fresh publish gives', async () => {
    const root = temporary();
    const catalogue = join(root, 'catalogue');
    cpSync(example, catalogue, { recursive: true });
    const out = join(root, 'site');
    const first = await sunlit('publish', catalogue, '--out', out, '--format', 'json');
    expect(first.code, first.stderr).toBe(0);
    const total = (JSON.parse(first.stdout) as { files: number; reused: number }).files;
    expect((JSON.parse(first.stdout) as { reused: number }).reused).toBe(0);
    const unchanged = JSON.parse((await sunlit('publish', catalogue, '--out', out, '--format', 'json')).stdout) as { reused: number; laid: number };
    expect(unchanged.reused).toBe(total - 1); // everything but the marker
    expect(unchanged.laid).toBe(0);

    const file = join(catalogue, 'powers/ogi-application.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 政府信息公开申请办理', 'name: 政府信息公开申请处理'));
    const changed = await sunlit('publish', catalogue, '--out', out, '--format', 'json');
    expect(changed.code, changed.stderr).toBe(0);
    const summary = JSON.parse(changed.stdout) as { reused: number; laid: number; files: number };
    // Made again: the power's 3 pages and 5 downloads, its source download, the pages listing it
    // (all powers, its category, department and levels; its laws), stats, search indexes, the
    // catalogue downloads and the marker; nothing else.
    const remade = summary.files - summary.reused;
    expect(remade).toBeGreaterThan(9);
    expect(remade).toBeLessThan(total / 2);
    expect(summary.laid).toBe(2); // its chart, in Chinese and in English
    const fresh = join(root, 'fresh');
    expect((await sunlit('publish', catalogue, '--out', fresh)).code).toBe(0);
    const incremental = listFiles(out);
    const expected = listFiles(fresh);
    expect([...incremental.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(incremental.get(path)!.equals(content), path).toBe(true);
    expect(incremental.get('powers/SY-QT-0001/index.html')!.toString('utf8')).toContain('政府信息公开申请处理');
    expect(incremental.get('powers/index.html')!.toString('utf8')).toContain('政府信息公开申请处理');
    expect(readdirSync(root).sort()).toEqual(['catalogue', 'fresh', 'site', 'site.previous']);

    // A file missing from the previous site is made again, not lost.
    const svg = join(out, 'powers/SY-XK-0001/flow.svg');
    const before = readFileSync(svg);
    rmSync(svg);
    expect((await sunlit('publish', catalogue, '--out', out)).code).toBe(0);
    expect(readFileSync(svg).equals(before)).toBe(true);
  }, 120_000);

  it('loads only new and changed power files on a republish, and every republish equals a fresh publish (change, add, remove, entry file, cache lost)', async () => {
    const root = temporary();
    const catalogue = join(root, 'catalogue');
    cpSync(example, catalogue, { recursive: true });
    const out = join(root, 'site');
    type Summary = { ok?: boolean; loaded: number; powers: number; reused: number; files: number; problems?: unknown[] };
    const publish = async (folder: string) => {
      const result = await sunlit('publish', catalogue, '--out', folder, '--format', 'json');
      return { code: result.code, summary: JSON.parse(result.stdout) as Summary };
    };
    /** Publishes into the site and into a fresh folder: the same files, byte for byte. */
    const republish = async () => {
      const incremental = await publish(out);
      expect(incremental.code).toBe(0);
      const fresh = join(root, `fresh-${Math.random().toString(36).slice(2)}`);
      const full = await publish(fresh);
      expect(full.code).toBe(0);
      expect(full.summary.loaded).toBe(full.summary.powers);
      const made = listFiles(out);
      const expected = listFiles(fresh);
      expect([...made.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [path, content] of expected) expect(made.get(path)!.equals(content), path).toBe(true);
      rmSync(fresh, { recursive: true });
      return incremental.summary;
    };
    const first = await publish(out);
    expect(first.code).toBe(0);
    expect(first.summary.loaded).toBe(9);
    expect(existsSync(join(out, '.sunlit-cache.json'))).toBe(true);
    expect((await republish()).loaded).toBe(0);

    // One power changed: only its file is loaded.
    const ogi = join(catalogue, 'powers/ogi-application.yaml');
    writeFileSync(ogi, readFileSync(ogi, 'utf8').replace('name: 政府信息公开申请办理', 'name: 政府信息公开申请处理'));
    expect((await republish()).loaded).toBe(1);

    // One power added (a copy under a new code and another department), then one removed.
    writeFileSync(join(catalogue, 'powers/zz-added.yaml'), readFileSync(ogi, 'utf8').replace('code: SY-QT-0001', 'code: SY-QT-0099').replace('department: ogi-office', 'department: municipal-government'));
    const added = await republish();
    expect(added.loaded).toBe(1);
    expect(added.powers).toBe(10);
    rmSync(join(catalogue, 'powers/food-seizure.yaml'));
    const removed = await republish();
    expect(removed.loaded).toBe(0);
    expect(removed.powers).toBe(9);
    expect(existsSync(join(out, 'powers/SY-QZ-0001'))).toBe(false);

    // The entry file changed (a law's title): everything is loaded again.
    const entry = join(catalogue, 'catalogue.yaml');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('title: 中华人民共和国政府信息公开条例', 'title: 中华人民共和国政府信息公开条例（2019年修订）'));
    const entryChanged = await republish();
    expect(entryChanged.loaded).toBe(9);
    expect(readFileSync(join(out, 'laws/ogi-reg/index.html'), 'utf8')).toContain('（2019年修订）');

    // A cache that is corrupt, or made by another build or for another entry file, is ignored.
    writeFileSync(join(out, '.sunlit-cache.json'), '{"key":');
    expect((await republish()).loaded).toBe(9);
    const cache = JSON.parse(readFileSync(join(out, '.sunlit-cache.json'), 'utf8')) as { key: string };
    writeFileSync(join(out, '.sunlit-cache.json'), JSON.stringify({ ...cache, key: 'another build' }));
    expect((await republish()).loaded).toBe(9);
    // A file of an unchanged power gone from the previous site: it comes from the site kept before it.
    rmSync(join(out, 'en/powers/SY-XK-0001/index.html'));
    expect((await republish()).loaded).toBe(0);
    // Gone from both: everything is loaded and it is made again.
    rmSync(join(out, 'en/powers/SY-XK-0001/index.html'));
    rmSync(join(`${out}.previous`, 'en/powers/SY-XK-0001/index.html'), { force: true });
    expect((await republish()).loaded).toBe(9);
    expect(existsSync(join(out, 'en/powers/SY-XK-0001/index.html'))).toBe(true);
    // Files added to the site by hand, and files of the kept site changed by hand, are not carried into the next one.
    writeFileSync(join(out, 'CNAME'), 'example.org');
    mkdirSync(join(out, 'powers/SY-XK-0001/extra'));
    writeFileSync(join(out, 'powers/SY-XK-0001/extra/x.html'), 'x');
    await republish();
    const kept = join(`${out}.previous`, 'powers/SY-QT-0001/index.html');
    rmSync(kept);
    mkdirSync(kept);
    rmSync(join(`${out}.previous`, 'about'), { recursive: true });
    writeFileSync(join(`${out}.previous`, 'about'), 'not a folder');
    await republish();
    await republish();
    expect(readdirSync(root).sort()).toEqual(['catalogue', 'site', 'site.previous']);
  }, 240_000);

  it('reports a changed file with an error, and a code taken by an unchanged file, as a full publish does', async () => {
    const root = temporary();
    const catalogue = join(root, 'catalogue');
    cpSync(example, catalogue, { recursive: true });
    const out = join(root, 'site');
    expect((await sunlit('publish', catalogue, '--out', out)).code).toBe(0);
    const before = listFiles(out);
    const expectSameFailure = async () => {
      const incremental = await sunlit('publish', catalogue, '--out', out, '--format', 'json');
      const full = await sunlit('publish', catalogue, '--out', join(root, 'fresh'), '--format', 'json');
      expect(incremental.code).toBe(1);
      expect(full.code).toBe(1);
      expect(incremental.stdout).toBe(full.stdout);
      const text = await sunlit('publish', catalogue, '--out', out);
      expect(text.stdout).toBe((await sunlit('publish', catalogue, '--out', join(root, 'fresh'))).stdout);
      // The previous site is left as it was.
      const after = listFiles(out);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      return JSON.parse(incremental.stdout) as { problems: { code: string; file: string }[] };
    };
    const ogi = join(catalogue, 'powers/ogi-application.yaml');
    const text = readFileSync(ogi, 'utf8');
    writeFileSync(ogi, text.replace('department: ogi-office', 'department: ogi-offce'));
    expect((await expectSameFailure()).problems.map((problem) => problem.code)).toContain('unknown-department');
    // The changed file takes the code of an unchanged one that comes before it, then of one after it.
    writeFileSync(ogi, text.replace('code: SY-QT-0001', 'code: SY-QZ-0001'));
    expect((await expectSameFailure()).problems.map((problem) => problem.code)).toEqual(['duplicate-code']);
    writeFileSync(ogi, text.replace('code: SY-QT-0001', 'code: SY-XK-0001'));
    const late = await expectSameFailure();
    expect(late.problems.map((problem) => problem.code)).toEqual(['duplicate-code']);
    expect(late.problems[0]!.file).toContain('road-occupation-permit.yaml');
  }, 240_000);

  it('gives every power page, in every language, under 100 KB transferred (gzip, with its CSS and script)', async () => {
    const out = join(temporary(), 'site');
    expect((await sunlit('publish', example, '--out', out)).code).toBe(0);
    const gzipped = (path: string) => gzipSync(readFileSync(join(out, path))).length;
    const assets = gzipped('assets/site.css') + gzipped('assets/site.js');
    const pages = readdirSync(join(out, 'powers')).filter((name) => statSync(join(out, 'powers', name)).isDirectory());
    expect(pages.length).toBe(9);
    let heaviest = 0;
    for (const root of ['', 'zh-Hant/', 'en/']) {
      for (const code of pages) {
        const page = `${root}powers/${code}/index.html`;
        const html = readFileSync(join(out, page), 'utf8');
        // Everything the page needs to be read is in it or in the stylesheet: the chart is inline, no image or font is fetched.
        expect(html, page).toContain('<svg ');
        expect(html, page).not.toMatch(/<img|<iframe|@font-face|<link rel="stylesheet" href="http/);
        const transferred = gzipped(page) + assets;
        heaviest = Math.max(heaviest, transferred);
        expect(transferred, page).toBeLessThan(100 * 1024);
      }
    }
    expect(heaviest).toBeGreaterThan(0);
  }, 60_000);

  it('clears what a killed publish left: its temporary folder, and puts back a site it had moved aside', async () => {
    const root = temporary();
    const out = join(root, 'site');
    expect((await sunlit('publish', join(repository, 'examples/minimal.yaml'), '--out', out)).code).toBe(0);
    const index = readFileSync(join(out, 'index.html'));
    // A process id that no longer runs (pid_max is at most 4,194,304).
    const dead = 4_194_303;
    mkdirSync(join(root, `site.publishing-${dead}`));
    writeFileSync(join(root, `site.publishing-${dead}`, 'half.html'), '<p>half');
    cpSync(out, join(root, `site.old-${dead - 1}`), { recursive: true });
    expect((await sunlit('publish', join(repository, 'examples/minimal.yaml'), '--out', out)).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['site', 'site.previous']);
    // Killed between moving the site aside and moving the new one in: the old one comes back.
    cpSync(out, join(root, `site.old-${dead}`), { recursive: true });
    rmSync(out, { recursive: true });
    mkdirSync(join(root, `site.publishing-${dead}`));
    expect((await sunlit('publish', join(repository, 'examples/minimal.yaml'), '--out', out, '--format', 'json')).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['site', 'site.previous']);
    expect(readFileSync(join(out, 'index.html')).equals(index)).toBe(true);
  }, 60_000);

  it('keeps the previous site when the catalogue has errors, and never replaces a folder it did not publish', async () => {
    const root = temporary();
    const out = join(root, 'site');
    expect((await sunlit('publish', join(repository, 'examples/minimal.yaml'), '--out', out)).code).toBe(0);
    const before = readFileSync(join(out, 'index.html'));
    const broken = join(root, 'broken.yaml');
    writeFileSync(broken, readFileSync(join(repository, 'examples/minimal.yaml'), 'utf8').replace('category: other', 'category: licence-ish'));
    const failed = await sunlit('publish', broken, '--out', out);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('没有发布');
    expect(readFileSync(join(out, 'index.html')).equals(before)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['broken.yaml', 'site']);

    const mine = join(root, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const refused = await sunlit('publish', join(repository, 'examples/minimal.yaml'), '--out', mine);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(mine, 'notes.txt'), 'utf8')).toBe('keep me');
    expect((await sunlit('publish', join(repository, 'examples/minimal.yaml'))).code).toBe(2);
  }, 60_000);

  it('with --previous writes a change page, and sunlit diff says the same in plain Chinese', async () => {
    const root = temporary();
    const old = join(root, 'old');
    cpSync(example, old, { recursive: true });
    const file = join(old, 'powers/ogi-application.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 政府信息公开申请办理', 'name: 政府信息公开申请受理'));
    const oldSite = join(root, 'old-site');
    expect((await sunlit('publish', old, '--out', oldSite)).code).toBe(0);
    const out = join(root, 'site');
    const published = await sunlit('publish', example, '--out', out, '--previous', oldSite);
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain('调整 1 项');
    const changes = readFileSync(join(out, 'changes/index.html'), 'utf8');
    expect(changes).toContain('<del>政府信息公开申请受理</del>');
    expect(changes).toContain('<ins>政府信息公开申请办理</ins>');

    const text = await sunlit('diff', old, example);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('调整职权 1 项：');
    expect(text.stdout).toContain('事项名称：由“政府信息公开申请受理”改为“政府信息公开申请办理”');
    expect(text.stdout).toContain('未变更 8 项。');
    const json = await sunlit('diff', oldSite, example, '--format', 'json');
    const parsed = JSON.parse(json.stdout) as { changed: { code: string; fields: { field: string }[] }[]; added: unknown[] };
    expect(parsed.changed.map((change) => change.code)).toEqual(['SY-QT-0001']);
    expect(parsed.changed[0]!.fields.map((field) => field.field)).toEqual(['事项名称']);
    expect(parsed.added).toEqual([]);
    const english = await sunlit('diff', old, example, '--lang', 'en');
    expect(english.stdout).toContain('1 powers changed:');
    expect((await sunlit('diff', old)).code).toBe(2);
    expect(existsSync(join(out, 'zh-Hant/changes/index.html'))).toBe(true);
  }, 120_000);
});
