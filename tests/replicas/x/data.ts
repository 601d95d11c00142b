// The accounts and posts the X replica shows. Handles and ids are what tests/support/replicas.ts links to.

export interface XAccount {
  handle: string;
  displayName: string;
  /** As X abbreviates it on the profile ("12.5K"); the extension parses this text. */
  followersText: string;
  followingText: string;
  bio: string;
}

export interface XTweet {
  id: string;
  handle: string;
  /** BCP 47 language X detected, rendered as `lang` on the text. */
  lang: string;
  text: string;
  createdAt: string;
  replyCount: number;
  repostCount: number;
  likeCount: number;
  /** The status page's thread, in order. */
  replies?: XTweet[];
}

export const xAccounts: Record<string, XAccount> = {
  wasla_demo: {
    handle: 'wasla_demo',
    displayName: 'Wasla Demo 🌙',
    followersText: '12.5K',
    followingText: '321',
    bio: 'Demo brand account for Wasla. Replies in العربية and English.',
  },
  acme_store: {
    handle: 'acme_store',
    // Markup-like text and a right-to-left mark: the extension must render names as text, never as HTML.
    displayName: '<b>Acme</b> \u200FStore',
    followersText: '1,234',
    followingText: '56',
    bio: 'متجر أكمي — shipping across the Gulf.',
  },
  ahmed_ali: {
    handle: 'ahmed_ali',
    displayName: 'أحمد علي',
    followersText: '87',
    followingText: '140',
    bio: 'مهتم بالتقنية',
  },
  jane_doe: {
    handle: 'jane_doe',
    displayName: 'Jane Doe',
    followersText: '2,048',
    followingText: '512',
    bio: 'Coffee, code, customer service.',
  },
};

export const xThreadStatusId = '1856000000000000001';

export const xTweets: XTweet[] = [
  {
    id: xThreadStatusId,
    handle: 'wasla_demo',
    lang: 'en',
    text: 'Our Ramadan hours start next week 🌙 Details: https://wasla.example/hours #ramadan',
    createdAt: '2026-11-02T09:30:00.000Z',
    replyCount: 2,
    repostCount: 4,
    likeCount: 31,
    replies: [
      {
        id: '1856000000000000101',
        handle: 'ahmed_ali',
        lang: 'ar',
        text: 'هل الفرع في جدة مفتوح يوم الجمعة؟',
        createdAt: '2026-11-02T10:05:00.000Z',
        replyCount: 0,
        repostCount: 0,
        likeCount: 2,
      },
      {
        id: '1856000000000000102',
        handle: 'jane_doe',
        lang: 'en',
        text: 'Will online orders still ship during those hours? @wasla_demo',
        createdAt: '2026-11-02T10:12:00.000Z',
        replyCount: 0,
        repostCount: 0,
        likeCount: 1,
      },
    ],
  },
  {
    id: '1855000000000000002',
    handle: 'wasla_demo',
    lang: 'ar',
    text: 'شكراً لكل من زارنا في المعرض! نراكم قريباً مع @acme_store',
    createdAt: '2026-10-28T16:00:00.000Z',
    replyCount: 0,
    repostCount: 9,
    likeCount: 120,
  },
  {
    id: '1854000000000000003',
    handle: 'acme_store',
    lang: 'en',
    text: 'New arrivals are in. Free delivery this weekend: https://acme.example/new',
    createdAt: '2026-10-25T08:00:00.000Z',
    replyCount: 3,
    repostCount: 1,
    likeCount: 18,
  },
  {
    id: '1854000000000000004',
    handle: 'acme_store',
    lang: 'ar',
    text: 'عروض نهاية الأسبوع تبدأ الآن #عروض',
    createdAt: '2026-10-24T12:00:00.000Z',
    replyCount: 0,
    repostCount: 2,
    likeCount: 7,
  },
];

/** Deterministic filler for `/home?stream=N`: authors, languages and entities vary like a real timeline. */
export function streamedTweet(index: number): XTweet {
  const authors = ['wasla_demo', 'acme_store', 'ahmed_ali', 'jane_doe'];
  const texts: [lang: string, text: string][] = [
    ['en', 'Thread: five ways to answer customers faster @wasla_demo #support'],
    ['ar', 'صباح الخير! ما هو أكثر منتج تحبونه؟'],
    ['en', 'Read the full story https://news.example/story/'],
    ['ar', 'تم تحديث ساعات العمل، التفاصيل هنا https://wasla.example/hours'],
    ['en', 'Congrats to @acme_store on the launch 🎉'],
  ];
  const [lang, text] = texts[index % texts.length]!;
  return {
    id: String(1857000000000000000n + BigInt(index)),
    handle: authors[index % authors.length]!,
    lang,
    text: `${text} (${index + 1})`,
    createdAt: new Date(Date.UTC(2026, 10, 3, 12) - index * 60_000).toISOString(),
    replyCount: index % 7,
    repostCount: index % 5,
    likeCount: (index * 13) % 97,
  };
}
