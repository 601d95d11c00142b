// The profiles, posts and comments the Instagram replica shows. Usernames and codes are what
// tests/support/replicas.ts links to.

export interface InstagramProfile {
  username: string;
  displayName: string;
  /** The abbreviated count shown in the header ("12.3K", or Arabic-Indic digits). */
  followersText: string;
  /** The exact count Instagram puts in the span's title when it abbreviates; absent when it does not. */
  followersTitle?: string;
  followingText: string;
  postsText: string;
  bio: string;
}

export interface InstagramComment {
  id: string;
  username: string;
  text: string;
  age: string;
}

export interface InstagramPost {
  code: string;
  username: string;
  caption: string;
  createdAt: string;
  comments: InstagramComment[];
}

export const instagramProfiles: InstagramProfile[] = [
  {
    username: 'wasla.demo',
    displayName: 'Wasla Demo',
    followersText: '12.3K',
    followersTitle: '12,345',
    followingText: '180',
    postsText: '24',
    bio: 'Demo brand account for Wasla 🌙',
  },
  {
    username: 'acme.store',
    displayName: 'متجر أكمي',
    // Under 10,000 Instagram prints the whole number, here with Arabic-Indic digits and separator, no title.
    followersText: '١٬٢٣٤',
    followingText: '٥٦',
    postsText: '٩',
    bio: 'توصيل لجميع دول الخليج',
  },
];

export const instagramPosts: InstagramPost[] = [
  {
    code: 'DBq7WaslaQ1',
    username: 'wasla.demo',
    caption: 'Ramadan hours start next week 🌙 أوقات رمضان تبدأ الأسبوع القادم',
    createdAt: '2026-11-02T09:30:00.000Z',
    comments: [
      { id: '18001', username: 'layla.k', text: 'هل المتجر مفتوح بعد التراويح؟', age: '1h' },
      { id: '18002', username: 'mike_r', text: 'Do the new hours apply to delivery too?', age: '42m' },
    ],
  },
  {
    code: 'DBq2AcmeSt9',
    username: 'acme.store',
    caption: 'وصلت التشكيلة الجديدة ✨',
    createdAt: '2026-10-30T18:00:00.000Z',
    comments: [{ id: '18101', username: 'mike_r', text: 'Love these colours!', age: '2d' }],
  },
];

export function profileByUsername(username: string): InstagramProfile | undefined {
  return instagramProfiles.find((profile) => profile.username === username.toLowerCase());
}
