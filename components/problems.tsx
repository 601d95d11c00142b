import type { Problem, ValueWords } from '@/utils/model/problem';
import type { MessageKey, Translate } from '@/utils/i18n/core';
import { useI18n } from './i18n';

/** A key's text, or null where this page's catalog lacks it (the sidebar carries only the overlay strings). */
function known(t: Translate, key: string, params?: Record<string, string | number>): string | null {
  const text = t(key as MessageKey, params);
  return text === key ? null : text;
}

/** Keeps a piece of the user's data (a language tag, an unknown field) in its own direction inside the sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A property path as the background writes it (`data.entries[3].end`, `[2].title`); anything else is shown as is. */
const propertyPath = /^(\w+|\[\d+\])(\.\w+|\[\d+\])*$/;

/**
 * Where a problem is, in the UI language: each part of the path by its field's label (`data.entries[3].end` →
 * "Time entries › no. 4 › To"). A part without a label (a language tag under a template's texts) is shown as
 * written; a path a view already wrote in words ("row 2 › tags") is shown unchanged.
 */
export function pathLabel(t: Translate, path: string): string {
  if (!propertyPath.test(path)) return path;
  const parts = [...path.matchAll(/(\w+)|\[(\d+)\]/g)].map(([, name, index], position) => {
    if (index !== undefined) return known(t, 'fields.item', { n: Number(index) + 1 }) ?? `#${Number(index) + 1}`;
    // A backup's records sit under `data`, a wrapper the user never sees.
    if (position === 0 && name === 'data') return null;
    return known(t, `fields.${name}`) ?? name!;
  });
  return parts.filter((part) => part !== null).join(' › ');
}

function words(t: Translate, value: ValueWords | undefined): string | null {
  if (!value) return null;
  const shown =
    value.value === undefined
      ? undefined
      : { value: typeof value.value === 'string' ? isolate(value.value) : value.value };
  return known(t, `values.${value.key}`, shown);
}

/** One problem as a sentence: where, what, and what was expected and found there. */
export function problemText(t: Translate, problem: Problem): string {
  const text = known(t, `errors.${problem.code}`, problem.params) ?? t('errors.unknown');
  const expected = words(t, problem.expected);
  const found = words(t, problem.found);
  const detail =
    expected && found
      ? t('problemExpectedFound', { expected, found })
      : expected
        ? t('problemExpected', { expected })
        : found
          ? t('problemFound', { found })
          : null;
  const full = detail ? `${text} — ${detail}` : text;
  const where = problem.path ? pathLabel(t, problem.path) : '';
  return where ? t('errorAt', { path: where, problem: full }) : full;
}

/** Refusals from the background, each naming where and what, in the user's language. */
export function ProblemList({ problems, title }: { problems: Problem[]; title?: string }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 20);
  return (
    <div role="alert" class="problems">
      {title && <p>{title}</p>}
      <ul>
        {shown.map((problem, index) => (
          <li key={`${index}:${problem.path}:${problem.code}`}>{problemText(t, problem)}</li>
        ))}
      </ul>
      {problems.length > shown.length && <p>… +{problems.length - shown.length}</p>}
    </div>
  );
}
