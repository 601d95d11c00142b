import type { Problem } from '@/utils/model/problem';
import type { MessageKey } from '@/utils/i18n/core';
import { useI18n } from './i18n';

/** Refusals from the background, each naming where and what, in the user's language. */
export function ProblemList({ problems, title }: { problems: Problem[]; title?: string }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 20);
  return (
    <div role="alert" class="problems">
      {title && <p>{title}</p>}
      <ul>
        {shown.map((problem) => {
          const key = `errors.${problem.code}` as MessageKey;
          const translated = t(key, problem.params);
          const text = translated === key ? t('errors.unknown') : translated;
          return (
            <li key={`${problem.path}:${problem.code}`}>
              {problem.path ? t('errorAt', { path: problem.path, problem: text }) : text}
            </li>
          );
        })}
      </ul>
      {problems.length > shown.length && <p>… +{problems.length - shown.length}</p>}
    </div>
  );
}
