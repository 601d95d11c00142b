import type { z } from 'zod';

/**
 * Words for a value in a message, translated as `values.<key>` with `{value}`: what a field should hold
 * (`{ key: 'atMostChars', value: 300 }`) or what was found there (`{ key: 'textValue', value: '1' }`).
 */
export interface ValueWords {
  key: string;
  value?: string | number;
}

/**
 * A reason a value was refused, in words the UI translates (`errors.<code>` in the locale files) and with the
 * path to the bad value, e.g. `data.entries[3].start` (shown with each field's label in the UI language).
 * `expected` and `found` say what should be there and what is, so a message never only says "invalid".
 */
export interface Problem {
  code: string;
  path: string;
  params?: Record<string, string | number>;
  expected?: ValueWords;
  found?: ValueWords;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

/** Codes our own refinements raise; they pass through unchanged. */
const ownCodes = new Set([
  'endBeforeStart',
  'clientName',
  'templateBody',
  'currencyRequired',
  'language',
  'duplicate',
  'timeZone',
  'invalidTime',
]);

/** Own codes about a single value, whose messages show the value found. */
const valueRules = new Set(['language', 'timeZone', 'invalidTime']);

const shownLength = 40;

/** What a value is, in words: its kind, and the value itself when it is short enough to show. */
export function describeValue(value: unknown): ValueWords {
  if (value === undefined) return { key: 'missing' };
  if (value === null) return { key: 'nothing' };
  if (typeof value === 'string')
    return { key: 'textValue', value: value.length > shownLength ? `${value.slice(0, shownLength)}…` : value };
  if (typeof value === 'number') return { key: 'numberValue', value };
  if (typeof value === 'boolean') return { key: 'booleanValue', value: String(value) };
  if (Array.isArray(value)) return { key: 'listOf', value: value.length };
  return { key: 'object' };
}

/** Zod's names of types, in our words (others, such as `bigint`, never occur in our schemas). */
const typeWords: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'number',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
  record: 'object',
  null: 'nothing',
};

const formatWords: Record<string, { code: string; expected: string }> = {
  datetime: { code: 'invalidDate', expected: 'dateTime' },
  date: { code: 'invalidDay', expected: 'day' },
  uuid: { code: 'invalidId', expected: 'id' },
  url: { code: 'invalidValue', expected: 'url' },
};

const sizeWords = {
  too_big: {
    string: ['tooLong', 'atMostChars', 'chars'],
    array: ['outOfRange', 'atMostItems', 'items'],
    number: ['outOfRange', 'atMost', 'number'],
  },
  too_small: {
    string: ['tooShort', 'atLeastChars', 'chars'],
    array: ['outOfRange', 'atLeastItems', 'items'],
    number: ['outOfRange', 'atLeast', 'number'],
  },
} as const;

/** The value an issue is about: zod reports it with `reportInput`; otherwise it is looked up in the input. */
function inputOf(issue: z.core.$ZodIssue, root: { value: unknown } | undefined): { value: unknown } | undefined {
  if ('input' in issue) return { value: issue.input };
  if (!root) return undefined;
  let value: unknown = root.value;
  for (const part of issue.path)
    value =
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part as never] : undefined;
  return { value };
}

function problemOf(issue: z.core.$ZodIssue, input: { value: unknown } | undefined): Omit<Problem, 'path'> {
  const found = input && describeValue(input.value);
  switch (issue.code) {
    case 'invalid_type': {
      const expectedKey = typeWords[issue.expected];
      const expected = expectedKey ? { key: expectedKey } : undefined;
      // Without the input (a caller that passed neither it nor `reportInput`), zod's own message still tells a
      // missing value from a wrong one ("…, received undefined").
      const missing = input ? input.value === undefined : /received undefined$/.test(issue.message);
      if (missing) return { code: 'required', ...(expected && { expected }) };
      return { code: 'invalidType', ...(expected && { expected }), ...(found && { found }) };
    }
    case 'invalid_value': {
      const values = issue.values as unknown[];
      const expected =
        values.length === 1
          ? describeValue(values[0])
          : { key: 'oneOf', value: values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' | ') };
      return { code: 'invalidValue', expected, ...(found && { found }) };
    }
    case 'invalid_format': {
      const words = formatWords[issue.format];
      return {
        code: words?.code ?? 'invalidValue',
        ...(words && { expected: { key: words.expected } }),
        ...(found && { found }),
      };
    }
    case 'too_big':
    case 'too_small': {
      const origin = issue.origin as string;
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      if (issue.code === 'too_small' && origin === 'string' && limit === 1)
        return { code: 'required', expected: { key: 'someText' } };
      const words = sizeWords[issue.code][origin as 'string' | 'array' | 'number'];
      if (!words) return { code: 'outOfRange', ...(found && { found }) };
      const [code, expectedKey, foundKey] = words;
      const value = input?.value;
      const size =
        typeof value === 'string' || Array.isArray(value)
          ? value.length
          : typeof value === 'number'
            ? value
            : undefined;
      return {
        code,
        expected: { key: expectedKey, value: limit },
        ...(size !== undefined && {
          found: foundKey === 'number' ? { key: 'numberValue', value: size } : { key: foundKey, value: size },
        }),
      };
    }
    case 'custom':
      if (ownCodes.has(issue.message)) {
        // A rule about one field's value shows what it found; a rule across fields (the end before the start)
        // names the field and has no single value to show.
        return { code: issue.message, ...(found && valueRules.has(issue.message) && { found }) };
      }
      return { code: 'invalidValue', ...(found && { found }) };
    default:
      return { code: 'invalidValue', ...(found && { found }) };
  }
}

/**
 * Problems for every issue of a failed parse. Pass the parsed `input` (or parse with `reportInput: true`) so
 * each problem can say what was found, not only what was expected.
 */
export function problemsFromZod(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
  ...input: [unknown?]
): Problem[] {
  const root = input.length > 0 ? { value: input[0] } : undefined;
  return error.issues.map((issue) => ({
    ...problemOf(issue, inputOf(issue, root)),
    path: formatPath([...prefix, ...issue.path]),
  }));
}
