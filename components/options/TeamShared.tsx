// What the Team section's parts share: running a request with its refusals, and confirmations.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Problem } from '@/utils/model/problem';
import { ProblemList } from '../problems';
import { plural } from '../sync/text';
import { useI18n } from '../i18n';

export type Refusal = Promise<Problem[] | null>;

/**
 * A request to the background and what it refused. One at a time: a second click while the first is on its
 * way does nothing (two "Create team" clicks must not make two teams). The request starts synchronously, so a
 * permission prompt inside it still counts as part of the click.
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Refusal) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const busy = useRef(false);
  const run = async (...args: A): Promise<Problem[] | null | 'busy'> => {
    if (busy.current) return 'busy';
    busy.current = true;
    try {
      const refused = await action(...args);
      setProblems(refused ?? []);
      return refused;
    } finally {
      busy.current = false;
    }
  };
  return { run, problems, setProblems };
}

/** A form of the section: named by its heading, its fields, one submit button, then what was refused. */
export function ActionForm(props: {
  id: string;
  title: string;
  submit: string;
  action: { run: () => unknown; problems: Problem[] };
  children: ComponentChildren;
  /** Shown between the button and the refusals (e.g. the invite code just made). */
  after?: ComponentChildren;
}) {
  return (
    <form
      class="stack"
      aria-labelledby={props.id}
      onSubmit={(event) => {
        event.preventDefault();
        void props.action.run();
      }}
    >
      <h4 id={props.id}>{props.title}</h4>
      {props.children}
      <p>
        <button type="submit">{props.submit}</button>
      </p>
      {props.after}
      <ProblemList problems={props.action.problems} />
    </form>
  );
}

/** One part of the section: a region named by its heading. */
export function TeamPart({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="team-part stack">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** A question under the button that asked it, with a confirming button that says exactly what happens. */
export function InlineConfirm(props: {
  question: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="team-confirm">
      <p role="alert">{props.question}</p>
      <p class="row">
        <button type="button" class="danger" onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}

/**
 * Signing out and leaving a team: the background first tries to push what is pending; if it cannot, it refuses
 * with `pendingChanges` and the count, and only an explicit "… and discard N changes" goes ahead.
 */
export function usePendingChangesFlow(action: (discardPending: boolean) => Refusal) {
  const [pending, setPending] = useState<number | null>(null);
  const { run, problems, setProblems } = useAction(async (discardPending: boolean) => {
    const refused = await action(discardPending);
    const waiting = refused?.find((problem) => problem.code === 'pendingChanges');
    if (waiting && !discardPending) {
      setPending(Number(waiting.params?.count ?? 0));
      const others = refused!.filter((problem) => problem !== waiting);
      return others.length > 0 ? others : null;
    }
    setPending(null);
    return refused;
  });
  return {
    pending,
    problems,
    start: () => void run(false),
    discard: () => void run(true),
    cancel: () => {
      setPending(null);
      setProblems([]);
    },
  };
}

export function PendingChangesConfirm(props: {
  count: number;
  explanation: 'team.pendingSignOut' | 'team.pendingLeave';
  confirm: 'team.discardSignOut' | 'team.discardLeave';
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <InlineConfirm
      question={t(props.explanation, { count: props.count })}
      confirm={plural(t, locale, props.confirm, props.count)}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    />
  );
}
