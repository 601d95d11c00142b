import { browser } from 'wxt/browser';
import type { StoredValue } from '../stored-values';

/** What the sidebar needs of a stored value: read it, watch it, and (for its own open/closed state) write it. */
export interface StoredReader<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with each new value (the fallback once removed); returns the function that stops watching. */
  watch(onChange: (next: T) => void): () => void;
}

const areaKey = (value: StoredValue<unknown>) => value.key.slice('local:'.length);

/**
 * Reads a stored value straight from `browser.storage.local`, where WXT keeps it under the same key, for the
 * sidebar's frame. WXT storage's items carry versions, migrations, metadata and locks that only the background
 * needs (it owns the migrations); the sidebar reads a handful of values and writes one (its open/closed state).
 */
export function storedReader<T>(value: StoredValue<T>): StoredReader<T> {
  const key = areaKey(value);
  return {
    getValue: async () => (await readStored([value]))[0],
    setValue: (next) => browser.storage.local.set({ [key]: next }),
    watch: (onChange) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange((changes[key]!.newValue as T | undefined) ?? value.fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Several stored values in one storage read (the sidebar's first frame waits for it). */
export async function readStored<const V extends readonly StoredValue<unknown>[]>(
  values: V,
): Promise<{ [I in keyof V]: V[I] extends StoredValue<infer T> ? T : never }> {
  const found = await browser.storage.local.get(values.map(areaKey));
  return values.map((value) => (found[areaKey(value)] as unknown) ?? value.fallback) as never;
}
