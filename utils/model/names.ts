// Plain helpers and constants about records that views (including content scripts) use. Kept apart from the
// zod schemas so importing them never pulls the validation library into a content script.

/** The client's name in the UI language, falling back to the other language's name. */
export function clientDisplayName(client: { nameAr: string; nameEn: string }, locale: 'ar' | 'en'): string {
  return locale === 'ar' ? client.nameAr || client.nameEn : client.nameEn || client.nameAr;
}

/** The labels every client gets; users may add their own words. */
export const builtInLabels = ['complaint', 'question', 'praise', 'lead', 'spam'] as const;
