// @ts-check
// Makes sure a Chromium exists before the browser tests: Debian's /usr/bin/chromium (installed with apt as
// root when missing) or Playwright's own download. Exits non-zero with the exact command to run otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out && existsSync(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (existsSync(SYSTEM_CHROMIUM)) {
  console.log(`ensure-browser: using ${SYSTEM_CHROMIUM}`);
  process.exit(0);
}
const bundled = playwrightChromium();
if (bundled) {
  console.log(`ensure-browser: using Playwright's Chromium at ${bundled}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && existsSync(SYSTEM_CHROMIUM)) {
    process.exit(0);
  }
}
if (run('npx', ['playwright', 'install', 'chromium']) && playwrightChromium()) process.exit(0);

console.error(
  [
    'ensure-browser: no Chromium found for the browser tests, and none could be installed.',
    'Install one, then run the tests again:',
    '  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium',
    '  anywhere else:           npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
