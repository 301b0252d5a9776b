#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium with CJK fonts. On a fresh Debian machine (as root, as
 * in CI) this installs them with apt-get, so that the README's test command works there as written;
 * elsewhere it says what to install. Nothing is downloaded outside Debian's packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fonts = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const missing = [...(existsSync(chromium) ? [] : ['chromium']), ...(existsSync(fonts) ? [] : ['fonts-noto-cjk'])];
if (missing.length === 0) process.exit(0);

const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (hasApt && isRoot) {
  console.error(`Installing ${missing.join(' ')} from Debian's packages for the browser tests…`);
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
  process.exit(install.status ?? 1);
}
console.error(
  `The browser tests need ${missing.join(' and ')}: apt-get install -y ${missing.join(' ')}` +
    (missing.includes('chromium') ? ' (or set CHROMIUM_PATH to a Chromium executable)' : ''),
);
process.exit(missing.includes('chromium') ? 1 : 0);
