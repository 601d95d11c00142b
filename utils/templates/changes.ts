import type { ChangeNotice } from '../stored-values';

/**
 * Which templates the sidebar frame's index has to read again, from the change notices it sees: the ids a notice
 * names, or all of them when a notice names none (an import, a sync) or when the frame missed a notice (its
 * sequence number jumped). Collected between the notices and the moment the index reads them, so two notices in
 * one render lose nothing.
 */
export class TemplateChanges {
  #seq: number;
  /** Nothing read yet: the index's first read is of every template. */
  #pending: Set<string> | 'all' = 'all';

  /** `seq`: the notice's sequence number when the frame started. */
  constructor(seq: number) {
    this.#seq = seq;
  }

  /** Takes a notice in; true when templates may have changed. */
  note(notice: ChangeNotice): boolean {
    const missed = notice.seq !== this.#seq + 1;
    this.#seq = notice.seq;
    if (!missed && !notice.stores.includes('templates')) return false;
    if (missed || !notice.templateIds) this.#pending = 'all';
    else if (this.#pending !== 'all') for (const id of notice.templateIds) this.#pending.add(id);
    return true;
  }

  /** The templates to read again (null: all of them), and starts collecting afresh. */
  take(): readonly string[] | null {
    const pending = this.#pending;
    this.#pending = new Set();
    return pending === 'all' ? null : [...pending];
  }
}
