// Makes sure a Chromium for the browser tests exists. Never skips silently:
// as root with apt it installs Debian's `chromium`; otherwise it fails and says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium fehlt: installiere Debians Paket "chromium" (apt-get) …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}
if (!found()) {
  console.error(
    'Kein Chromium gefunden. Die Browsertests brauchen einen Chromium-Browser.\n' +
      'Installieren Sie ihn mit:  sudo apt-get install -y chromium\n' +
      'oder setzen Sie CHROMIUM_PATH auf eine vorhandene Chromium-Programmdatei.',
  );
  process.exit(1);
}
console.log(`Chromium: ${found()}`);
