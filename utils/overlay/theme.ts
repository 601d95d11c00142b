/** Whether the host page is dark, judged by what it paints (sites switch themes without media queries). */
export function hostTheme(doc: Document): 'light' | 'dark' {
  const painted = [doc.body, doc.documentElement]
    .filter((el): el is HTMLElement => !!el)
    .map((el) => doc.defaultView?.getComputedStyle(el).backgroundColor ?? '')
    .find((color) => color && !/^rgba\(.*,\s*0\)$|^transparent$/.test(color));
  const rgb = painted
    ?.match(/\d+(\.\d+)?/g)
    ?.slice(0, 3)
    .map(Number);
  if (rgb && rgb.length === 3) {
    const [r, g, b] = rgb as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
