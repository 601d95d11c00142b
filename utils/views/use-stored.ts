import { useEffect, useState } from 'preact/hooks';
import { storedReader, type LightValue } from '@/utils/stored-light';

/**
 * A stored value, live, through its light guard (utils/stored-light.ts, no zod): `initial` is the value read
 * before the first frame. After subscribing it reads once more, so a change written between that first read and
 * the subscription is not missed.
 */
export function useStored<T>(value: LightValue<T>, initial: T): T {
  const [current, setCurrent] = useState(initial);
  useEffect(() => {
    const reader = storedReader(value);
    // Values come from storage as fresh objects: an unchanged one keeps the current one (no needless redraw).
    let shown = JSON.stringify(initial);
    const show = (next: T) => {
      const text = JSON.stringify(next);
      if (text === shown) return;
      shown = text;
      setCurrent(next);
    };
    const stop = reader.watch(show);
    void reader.getValue().then(show);
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one value per hook, watched for the view's life
  }, []);
  return current;
}
