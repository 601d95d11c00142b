// Makes sure the system packages a command needs are present. On Debian/Ubuntu as root it installs them with
// apt; otherwise it stops with one message naming what to install. It never lets a test suite skip silently.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Need {
  present: () => boolean;
  aptPackages: string[];
  human: string;
}

const pgBin = '/usr/lib/postgresql/15/bin';
const needs: Record<string, Need> = {
  chromium: {
    present: () => !!process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser'),
    aptPackages: ['chromium'],
    human: 'Chromium (Debian/Ubuntu: apt-get install -y chromium, or set CHROMIUM_PATH)',
  },
  postgres: {
    present: () => !!process.env.SUPABASE_DB_URL || existsSync(`${pgBin}/initdb`),
    aptPackages: ['postgresql-15'],
    human: 'PostgreSQL 15 server (Debian: apt-get install -y postgresql-15, or set SUPABASE_DB_URL)',
  },
  pgtap: {
    present: () =>
      existsSync('/usr/bin/pg_prove') && existsSync('/usr/share/postgresql/15/extension/pgtap.control'),
    aptPackages: ['postgresql-15-pgtap'],
    human: 'pgTAP and pg_prove (Debian: apt-get install -y postgresql-15-pgtap)',
  },
};

const wanted = process.argv.slice(2);
const missing = wanted.filter((name) => {
  const need = needs[name];
  if (!need) throw new Error(`unknown system dependency "${name}"`);
  return !need.present();
});

if (missing.length > 0) {
  const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (canApt) {
    const packages = missing.flatMap((name) => needs[name]!.aptPackages);
    console.log(`Installing system packages: ${packages.join(' ')}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
  }
  const still = missing.filter((name) => !needs[name]!.present());
  if (still.length > 0) {
    console.error(`Missing system packages; please install: ${still.map((name) => needs[name]!.human).join('; ')}`);
    process.exit(1);
  }
}
