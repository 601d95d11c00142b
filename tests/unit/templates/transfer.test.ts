import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../utils/model/record';
import {
  parseTemplatesCsv,
  parseTemplatesJson,
  templatesToCsv,
  templatesToJson,
  type TemplateDraft,
} from '../../../utils/templates/transfer';

const acme = '11111111-1111-4111-8111-111111111111';
const clients: Record<string, string> = { Acme: acme, 'متجر الأمل': '22222222-2222-4222-8222-222222222222' };
const resolveClient = (name: string) => clients[name] ?? null;
const clientName = (id: string) => Object.keys(clients).find((name) => clients[name] === id) ?? '?';
const every: Platform[] = ['facebook', 'instagram', 'x'];

describe('parseTemplatesCsv', () => {
  it('reads title, scope, tags and one body per language column', () => {
    const csv = 'title,scope,tags,ar,en\r\nShipping delay,Acme,shipping|late,نعتذر عن التأخير,Sorry for the delay\r\n';
    expect(parseTemplatesCsv(csv, resolveClient)).toEqual({
      ok: true,
      drafts: [
        {
          title: 'Shipping delay',
          clientId: acme,
          tags: ['shipping', 'late'],
          platforms: every,
          bodies: { ar: 'نعتذر عن التأخير', en: 'Sorry for the delay' },
        },
      ],
    });
  });

  it('strips the BOM Excel writes and reads quoted multi-line bodies with blank lines and quotes', () => {
    const csv = '\uFEFFtitle,scope,tags,en\r\nWelcome,all,,"Hi {{customer}},\r\n\r\nWe said ""thanks"", twice."\r\n';
    const result = parseTemplatesCsv(csv, resolveClient);
    expect(result).toEqual({
      ok: true,
      drafts: [
        {
          title: 'Welcome',
          clientId: null,
          tags: [],
          platforms: every,
          bodies: { en: 'Hi {{customer}},\n\nWe said "thanks", twice.' },
        },
      ],
    });
  });

  it('accepts empty, all and الكل as the all-clients scope, and any header case', () => {
    const csv = 'Title,SCOPE,Tags,EN\na,,,x\nb,ALL,,y\nc,الكل,,z\n';
    const result = parseTemplatesCsv(csv, resolveClient);
    expect(result.ok && result.drafts.map((d) => d.clientId)).toEqual([null, null, null]);
  });

  it('splits tags on | and, when there is no |, on commas (Latin or Arabic)', () => {
    const csv = 'title,tags,en\na,"one, two",x\nb,"شحن، تأخير",x\nc,"a,b|c",x\n';
    const result = parseTemplatesCsv(csv, resolveClient);
    expect(result.ok && result.drafts.map((d) => d.tags)).toEqual([
      ['one', 'two'],
      ['شحن', 'تأخير'],
      ['a,b', 'c'],
    ]);
  });

  it('reads an optional platforms column', () => {
    const csv = 'title,platforms,en\na,x|instagram,hi\nb,,hi\n';
    const result = parseTemplatesCsv(csv, resolveClient);
    expect(result.ok && result.drafts.map((d) => d.platforms)).toEqual([['x', 'instagram'], every]);
  });

  it('reads semicolon-separated files (European and Arabic Excel) without taking | as the separator', () => {
    const csv = 'title;scope;tags;en\nHello;Acme;a|b;Hi there\n';
    expect(parseTemplatesCsv(csv, resolveClient)).toEqual({
      ok: true,
      drafts: [{ title: 'Hello', clientId: acme, tags: ['a', 'b'], platforms: every, bodies: { en: 'Hi there' } }],
    });
  });

  it('drops blank bodies and skips blank rows at the end', () => {
    const csv = 'title,ar,en\nHello,,Hi\n,,\n\n';
    expect(parseTemplatesCsv(csv, resolveClient)).toEqual({
      ok: true,
      drafts: [{ title: 'Hello', clientId: null, tags: [], platforms: every, bodies: { en: 'Hi' } }],
    });
  });

  it('canonicalises language headers', () => {
    const csv = 'title,AR,en-gb\nHello,مرحبا,Hi\n';
    const result = parseTemplatesCsv(csv, resolveClient);
    expect(result.ok && result.drafts[0]!.bodies).toEqual({ ar: 'مرحبا', 'en-GB': 'Hi' });
  });

  it('refuses the whole file and names the row and column of every problem', () => {
    const csv = [
      'title,scope,tags,ar,en',
      'Good,all,,مرحبا,Hello', // row 2 is fine but is not imported alone
      ',all,,مرحبا,Hello', // row 3: no title
      'Unknown client,Initech,,مرحبا,Hello', // row 4
      'No body,all,,,  ', // row 5
      `Too long,all,,${'ب'.repeat(10_001)},`, // row 6
    ].join('\n');
    expect(parseTemplatesCsv(csv, resolveClient)).toEqual({
      ok: false,
      problems: [
        { code: 'required', path: 'row 3 › title' },
        { code: 'unknownReference', path: 'row 4 › scope', params: { name: 'Initech' } },
        { code: 'templateBody', path: 'row 5' },
        { code: 'tooLong', path: 'row 6 › ar', params: { max: 10000 } },
      ],
    });
  });

  it('counts a multi-line body as one row, like the spreadsheet does', () => {
    const csv = 'title,en\nA,"line 1\nline 2\n\nline 4"\n,missing title\n';
    expect(parseTemplatesCsv(csv, resolveClient)).toEqual({
      ok: false,
      problems: [{ code: 'required', path: 'row 3 › title' }],
    });
  });

  it('refuses tags that are too long or too many', () => {
    const csv = `title,tags,en\nA,${'t'.repeat(61)},x\nB,${Array.from({ length: 31 }, (_, i) => `t${i}`).join('|')},x\n`;
    expect(parseTemplatesCsv(csv, resolveClient)).toEqual({
      ok: false,
      problems: [
        { code: 'tooLong', path: 'row 2 › tags', params: { max: 60 } },
        { code: 'outOfRange', path: 'row 3 › tags', params: { max: 30 } },
      ],
    });
  });

  it('refuses an unknown platform', () => {
    expect(parseTemplatesCsv('title,platforms,en\nA,tiktok,x\n', resolveClient)).toEqual({
      ok: false,
      problems: [{ code: 'invalidValue', path: 'row 2 › platforms' }],
    });
  });

  it('refuses headers that are neither known columns nor language tags, and repeated columns', () => {
    expect(parseTemplatesCsv('title,body text,en,EN\nA,x,y,z\n', resolveClient)).toEqual({
      ok: false,
      problems: [
        { code: 'language', path: 'row 1 › body text', params: { value: 'body text' } },
        { code: 'duplicate', path: 'row 1 › EN' },
      ],
    });
  });

  it('refuses a file without a title column or without any language column', () => {
    expect(parseTemplatesCsv('scope,en\nall,x\n', resolveClient)).toEqual({
      ok: false,
      problems: [{ code: 'required', path: 'row 1 › title' }],
    });
    expect(parseTemplatesCsv('title,scope\nA,all\n', resolveClient)).toEqual({
      ok: false,
      problems: [{ code: 'templateBody', path: 'row 1' }],
    });
  });

  it('refuses cells under no header', () => {
    expect(parseTemplatesCsv('title,en\nA,x,stray\n', resolveClient)).toEqual({
      ok: false,
      problems: [{ code: 'invalidValue', path: 'row 2 › column 3' }],
    });
  });

  it('refuses an unclosed quote as unreadable CSV', () => {
    const result = parseTemplatesCsv('title,en\nA,"never closed\n', resolveClient);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['invalidCsv']);
  });

  it('refuses a file with a header and no templates', () => {
    expect(parseTemplatesCsv('title,en\r\n', resolveClient)).toEqual({
      ok: false,
      problems: [{ code: 'required', path: 'row 2' }],
    });
  });
});

const templates: TemplateDraft[] = [
  {
    title: 'Shipping delay',
    clientId: acme,
    tags: ['shipping', 'late'],
    platforms: every,
    bodies: { ar: 'نعتذر يا {{customer}}،\n\nالشحنة في الطريق.', en: 'Sorry, "{{customer}}", it is on its way.' },
  },
  { title: '=cmd|calc', clientId: null, tags: [], platforms: ['x'], bodies: { en: '-5% today, +966 50 000 0000' } },
];

describe('templatesToCsv', () => {
  it('writes a BOM, CRLF rows, quotes where needed and | between tags', () => {
    const csv = templatesToCsv(templates.slice(0, 1), clientName);
    expect(csv).toBe(
      '\uFEFFtitle,scope,tags,ar,en\r\n' +
        'Shipping delay,Acme,shipping|late,"نعتذر يا {{customer}}،\n\nالشحنة في الطريق.","Sorry, ""{{customer}}"", it is on its way."\r\n',
    );
  });

  it('adds a platforms column only when some template is not for every platform, and defuses formulas', () => {
    const csv = templatesToCsv(templates.slice(1), clientName);
    expect(csv).toBe('\uFEFFtitle,scope,tags,platforms,en\r\n"\'=cmd|calc",all,,x,"\'-5% today, +966 50 000 0000"\r\n');
  });

  it('round-trips through parseTemplatesCsv', () => {
    expect(parseTemplatesCsv(templatesToCsv(templates, clientName), resolveClient)).toEqual({
      ok: true,
      drafts: templates,
    });
  });
});

describe('templates JSON', () => {
  const known = (id: string) => Object.values(clients).includes(id);

  it('round-trips through templatesToJson and parseTemplatesJson', () => {
    const json = templatesToJson(templates);
    expect(JSON.parse(json)).toMatchObject({ format: 'wasla-templates', version: 1 });
    expect(parseTemplatesJson(json, known)).toEqual({ ok: true, drafts: templates });
  });

  it('fills defaults the schema gives (all platforms, no tags, all clients)', () => {
    const json = JSON.stringify({
      format: 'wasla-templates',
      version: 1,
      templates: [{ title: ' Hi ', bodies: { EN: 'Hello', ar: ' ' } }],
    });
    expect(parseTemplatesJson(json, known)).toEqual({
      ok: true,
      drafts: [{ title: 'Hi', clientId: null, tags: [], platforms: every, bodies: { en: 'Hello' } }],
    });
  });

  it('refuses text that is not JSON, another format, or another version', () => {
    expect(parseTemplatesJson('{"format":', known)).toEqual({
      ok: false,
      problems: [{ code: 'invalidJson', path: '' }],
    });
    expect(parseTemplatesJson('{"format":"wasla-backup","version":1}', known)).toEqual({
      ok: false,
      problems: [{ code: 'notTemplates', path: 'format' }],
    });
    expect(parseTemplatesJson('{"format":"wasla-templates","version":2,"templates":[]}', known)).toEqual({
      ok: false,
      problems: [{ code: 'unsupportedVersion', path: 'version', params: { found: '2', expected: 1 } }],
    });
  });

  it('refuses the whole file and names every bad field', () => {
    const json = JSON.stringify({
      format: 'wasla-templates',
      version: 1,
      templates: [
        { title: 'Good', bodies: { en: 'Hi' } },
        { title: '', bodies: { en: 'Hi' } },
        { title: 'Bad language', bodies: { 'not a tag!': 'Hi' } },
        { title: 'No body', bodies: { en: '   ' } },
        { title: 'Gone client', bodies: { en: 'Hi' }, clientId: '33333333-3333-4333-8333-333333333333' },
        { title: 'Bad platform', bodies: { en: 'Hi' }, platforms: ['tiktok'] },
      ],
    });
    expect(parseTemplatesJson(json, known)).toEqual({
      ok: false,
      problems: [
        { code: 'required', path: 'templates[1].title' },
        { code: 'language', path: 'templates[2].bodies.not a tag!' },
        { code: 'templateBody', path: 'templates[3].bodies' },
        { code: 'unknownReference', path: 'templates[4].clientId' },
        { code: 'invalidValue', path: 'templates[5].platforms[0]' },
      ],
    });
  });
});
