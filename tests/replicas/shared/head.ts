import { useEffect } from 'react';

// The SPAs rewrite <head> as they navigate: the title always, some meta tags on some sites.

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Keeps `<meta property=…>` at `content` while the calling page is shown; null removes it. */
export function useMetaProperty(property: string, content: string | null): void {
  useEffect(() => {
    document.head.querySelector(`meta[property="${property}"]`)?.remove();
    if (content === null) return;
    const meta = document.createElement('meta');
    meta.setAttribute('property', property);
    meta.content = content;
    document.head.append(meta);
    return () => meta.remove();
  }, [property, content]);
}
