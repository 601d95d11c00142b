import type { z } from 'zod';

/**
 * A reason a value was refused, in words the UI translates (`errors.<code>` in the locale files) and with the
 * path to the bad value, e.g. `data.entries[3].start`.
 */
export interface Problem {
  code: string;
  path: string;
  params?: Record<string, string | number>;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

/** Codes our own refinements raise; they pass through unchanged. */
const ownCodes = new Set(['endBeforeStart', 'clientName', 'templateBody', 'currencyRequired', 'language', 'duplicate']);

function codeOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalidType';
    case 'invalid_format':
      if (issue.format === 'datetime') return 'invalidDate';
      if (issue.format === 'date') return 'invalidDay';
      if (issue.format === 'uuid') return 'invalidId';
      return 'invalidValue';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : 'outOfRange';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'outOfRange';
    case 'custom':
      return ownCodes.has(issue.message) ? issue.message : 'invalidValue';
    default:
      return 'invalidValue';
  }
}

export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({ code: codeOf(issue), path: formatPath([...prefix, ...issue.path]) }));
}
