import { describe, expect, it } from 'vitest';
import { formatTemplateDate, renderTemplate } from '../../../utils/templates/render';

describe('renderTemplate', () => {
  it('replaces every known variable with its value', () => {
    expect(
      renderTemplate('Hi {{customer}}, {{agent}} from {{client}} here ({{date}}).', {
        customer: 'Sara',
        agent: 'Omar',
        client: 'Acme',
        date: 'March 6, 2024',
      }),
    ).toEqual({ text: 'Hi Sara, Omar from Acme here (March 6, 2024).', unresolved: [] });
  });

  it('tolerates spaces inside the braces and any case in the name', () => {
    expect(
      renderTemplate('أهلًا {{ customer }} و{{CLIENT}} و{{ Agent}}', { customer: 'سارة', client: 'أكمي', agent: 'عمر' }),
    ).toEqual({ text: 'أهلًا سارة وأكمي وعمر', unresolved: [] });
  });

  it('leaves a missing value visible as {{name}} and reports it once', () => {
    expect(renderTemplate('Hi {{ Customer }}, thanks {{customer}}!', {})).toEqual({
      text: 'Hi {{customer}}, thanks {{customer}}!',
      unresolved: ['customer'],
    });
  });

  it('reports an unknown variable as written and keeps it visible', () => {
    expect(renderTemplate('Order {{ orderId }} for {{customer}}', { customer: 'Sara' })).toEqual({
      text: 'Order {{orderId}} for Sara',
      unresolved: ['orderId'],
    });
  });

  it('treats a blank value as missing', () => {
    expect(renderTemplate('Hi {{customer}}', { customer: '  ' })).toEqual({
      text: 'Hi {{customer}}',
      unresolved: ['customer'],
    });
  });

  it('lists unresolved variables in order of first appearance', () => {
    expect(renderTemplate('{{date}} {{agent}} {{date}} {{x}}', {}).unresolved).toEqual(['date', 'agent', 'x']);
  });

  it('inserts values verbatim and never expands a value that looks like a variable', () => {
    expect(renderTemplate('Hi {{customer}}', { customer: '<b>{{agent}}</b> & co' })).toEqual({
      text: 'Hi <b>{{agent}}</b> & co',
      unresolved: [],
    });
  });

  it('strips bidi embedding, override and isolate controls from values', () => {
    // U+202E (RLO) would reverse the rest of the reply; U+2067 (RLI) and U+2069 (PDI) isolate.
    expect(renderTemplate('Thanks {{customer}}!', { customer: '\u202EAhmed\u202C \u2067سارة\u2069' }).text).toBe(
      'Thanks Ahmed سارة!',
    );
  });

  it('treats a value made only of bidi controls as missing', () => {
    expect(renderTemplate('{{customer}}', { customer: '\u202E\u202C' }).unresolved).toEqual(['customer']);
  });

  it('keeps bidi controls written in the template body itself', () => {
    expect(renderTemplate('\u2067{{customer}}\u2069', { customer: 'Sara' }).text).toBe('\u2067Sara\u2069');
  });

  it('leaves single braces alone and reports an empty {{ }} so it is never inserted', () => {
    expect(renderTemplate('{customer} {{ }} text', {})).toEqual({ text: '{customer} {{}} text', unresolved: [''] });
  });
});

describe('formatTemplateDate', () => {
  // 22:30 UTC on 5 March is already 6 March in Riyadh (UTC+3).
  const lateEvening = new Date('2024-03-05T22:30:00Z');

  it('writes Arabic dates with Arabic-Indic digits', () => {
    expect(formatTemplateDate(lateEvening, 'ar', 'Asia/Riyadh')).toBe('٦ مارس ٢٠٢٤');
  });

  it('keeps a numbering system the locale asks for', () => {
    expect(formatTemplateDate(lateEvening, 'ar-u-nu-latn', 'Asia/Riyadh')).toBe('6 مارس 2024');
  });

  it('writes English dates in the given time zone', () => {
    expect(formatTemplateDate(lateEvening, 'en', 'Asia/Riyadh')).toBe('March 6, 2024');
    expect(formatTemplateDate(lateEvening, 'en', 'America/New_York')).toBe('March 5, 2024');
  });
});
