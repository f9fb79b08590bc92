/**
 * Makes sure the browser tests have a Chromium: Debian's package at /usr/bin/chromium (or the
 * one CHROMIUM_PATH names). A fresh machine has none; as root, this installs it with apt-get,
 * as `.ci/run` used to do alone, so `npm test` suffices. Playwright's own browser download is not
 * used: it fetches a build from outside the package registries.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (!existsSync(path)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!process.env.CHROMIUM_PATH && hasApt && isRoot) {
    console.log(`The browser tests need Chromium, and ${path} is missing: installing Debian's package.`);
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !existsSync(path)) {
      console.error('Installing Chromium failed (see apt-get above). Install it by hand (`apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium binary.');
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Chromium at ${path}, which is missing. ` +
        (hasApt ? 'Run `sudo apt-get install -y chromium` (this script installs it itself when run as root)' : 'Install Chromium with your system\'s package manager') +
        ', or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
