// supabase/config.toml says what a project created today does, and wires the e-mails Wasla's code sign-in needs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const config = readFileSync(resolve(root, 'supabase/config.toml'), 'utf8');
/** The `key = value` lines of one [section] (the file is flat enough for this; no TOML dependency). */
function section(name: string): Record<string, string> {
  const start = config.indexOf(`[${name}]\n`);
  if (start < 0) return {};
  const body = config.slice(start + name.length + 3).split(/\n\[/)[0]!;
  return Object.fromEntries(
    [...body.matchAll(/^(\w+)\s*=\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim().replace(/^"(.*)"$/, '$1')]),
  );
}

describe('supabase/config.toml', () => {
  it("states today's default: no automatic grants on new public entities", () => {
    expect(section('api').auto_expose_new_tables).toBe('false');
  });

  it('confirms addresses, as hosted projects do', () => {
    expect(section('auth.email').enable_confirmations).toBe('true');
  });

  it.each(['confirmation', 'magic_link'])(
    'the %s e-mail is a template in the repo that carries {{ .Token }}',
    (name) => {
      const template = section(`auth.email.template.${name}`);
      expect(template.subject).toBeTruthy();
      // content_path is relative to the project directory (the one holding supabase/), as the CLI reads it.
      const html = readFileSync(resolve(root, template.content_path!), 'utf8');
      expect(html).toContain('{{ .Token }}');
      expect(html).not.toContain('{{ .ConfirmationURL }}"');
    },
  );
});
