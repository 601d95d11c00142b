// Makes sure the system packages a command needs are present. On Debian/Ubuntu as root it installs them with
// apt; otherwise it stops with one message naming what to install. It never lets a test suite skip silently.
// Usage: tsx tests/support/system-deps.ts chromium firefox postgres pgtap emoji-font
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

interface Need {
  present: () => boolean;
  aptPackages: string[];
  human: string;
}

const pgBin = '/usr/lib/postgresql/15/bin';
const needs = {
  chromium: {
    present: () =>
      !!process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser'),
    aptPackages: ['chromium'],
    human: 'Chromium (Debian/Ubuntu: apt-get install -y chromium, or set CHROMIUM_PATH)',
  },
  postgres: {
    present: () => !!process.env.SUPABASE_DB_URL || existsSync(`${pgBin}/initdb`),
    aptPackages: ['postgresql-15'],
    human: 'PostgreSQL 15 server (Debian: apt-get install -y postgresql-15, or set SUPABASE_DB_URL)',
  },
  firefox: {
    present: () => !!process.env.FIREFOX_PATH || existsSync('/usr/bin/firefox-esr') || existsSync('/usr/bin/firefox'),
    aptPackages: ['firefox-esr'],
    human: 'Firefox (Debian: apt-get install -y firefox-esr, or set FIREFOX_PATH)',
  },
  // The demo's screenshots show emoji (account names, templates): without a colour emoji font each is a box.
  'emoji-font': {
    present: () =>
      existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf') ||
      (spawnSync('fc-list', [':charset=1f319'], { encoding: 'utf8' }).stdout ?? '').trim() !== '',
    aptPackages: ['fonts-noto-color-emoji'],
    human: 'a colour emoji font (Debian: apt-get install -y fonts-noto-color-emoji)',
  },
  pgtap: {
    present: () => existsSync('/usr/bin/pg_prove') && existsSync('/usr/share/postgresql/15/extension/pgtap.control'),
    aptPackages: ['postgresql-15-pgtap'],
    human: 'pgTAP and pg_prove (Debian: apt-get install -y postgresql-15-pgtap)',
  },
} satisfies Record<string, Need>;

export type SystemPackage = keyof typeof needs;

/**
 * Whether a system package is present. The only reason a test may be skipped is a missing system package, and
 * then only as `.skip(!systemPackagePresent('name'), …)` (tests/check-skips.ts allows that form and no other).
 */
export function systemPackagePresent(name: SystemPackage): boolean {
  return needs[name].present();
}

const byName: Record<string, Need | undefined> = needs;

function ensure(wanted: string[]): void {
  const missing = wanted.filter((name) => {
    const need = byName[name];
    if (!need) throw new Error(`unknown system dependency "${name}"`);
    return !need.present();
  });

  if (missing.length > 0) {
    const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
    if (canApt) {
      const packages = missing.flatMap((name) => byName[name]!.aptPackages);
      console.log(`Installing system packages: ${packages.join(' ')}`);
      execSync('apt-get update -qq', { stdio: 'inherit' });
      execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
    }
    const still = missing.filter((name) => !byName[name]!.present());
    if (still.length > 0) {
      console.error(`Missing system packages; please install: ${still.map((name) => byName[name]!.human).join('; ')}`);
      process.exit(1);
    }
  }
}

// Installs or checks when run as a script; importing it (for systemPackagePresent) does nothing.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) ensure(process.argv.slice(2));
