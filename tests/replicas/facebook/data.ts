// The Pages, posts and comments the Facebook replica shows. Handles and ids are what
// tests/support/replicas.ts links to.

export interface FacebookPage {
  handle: string;
  /** Numeric profile id: in `/profile.php?id=`, `/people/<name>/<id>` and the `fb://profile/<id>` app link. */
  id: string;
  name: string;
  /** As Facebook shows it under the name; acme.store's is in Arabic, as an Arabic-language Facebook shows it. */
  followersText: string;
  category: string;
}

export interface FacebookComment {
  id: string;
  authorName: string;
  /** Where the commenter's name links: a vanity handle or a profile.php link. */
  authorPath: string;
  text: string;
  age: string;
  /** Facebook nests replies inside the comment's article, labelled "Reply by …". */
  replies?: FacebookComment[];
}

export interface FacebookPost {
  id: string;
  handle: string;
  text: string;
  age: string;
  comments?: FacebookComment[];
}

export const facebookPages: FacebookPage[] = [
  {
    handle: 'wasla.demo',
    id: '100064000000001',
    name: 'Wasla Demo',
    followersText: '12K followers',
    category: 'Software company',
  },
  {
    handle: 'acme.store',
    id: '100064000000002',
    name: 'Acme Store',
    followersText: '٣٫٤ ألف متابع',
    category: 'Shopping & retail',
  },
];

export const facebookPosts: FacebookPost[] = [
  {
    id: 'pfbid02WaslaDemoPost1',
    handle: 'wasla.demo',
    text: 'Ramadan opening hours start next week 🌙 أوقات العمل في رمضان تبدأ الأسبوع القادم',
    age: '2h',
    comments: [
      {
        id: '1201',
        authorName: 'سارة محمد',
        authorPath: '/sara.mohamed.5',
        text: 'هل يوجد توصيل إلى الرياض؟',
        age: '1h',
      },
      {
        id: '1202',
        authorName: 'John Smith',
        authorPath: '/profile.php?id=100000000000123',
        text: 'What are your opening hours during Ramadan?',
        age: '45m',
        replies: [
          {
            id: '1203',
            authorName: 'Wasla Demo',
            authorPath: '/wasla.demo',
            text: 'From 9 pm to 2 am every day. Ramadan Kareem!',
            age: '30m',
          },
        ],
      },
    ],
  },
  {
    id: '1122334455667788',
    handle: 'wasla.demo',
    text: 'Thank you for 12K followers! شكراً لكم',
    age: '3d',
  },
  {
    id: 'pfbid0AcmeStorePost1',
    handle: 'acme.store',
    text: 'وصلت التشكيلة الجديدة! تسوقوا الآن',
    age: '5h',
    comments: [
      {
        id: '2201',
        authorName: 'Layla Hassan',
        authorPath: '/layla.hassan',
        text: 'Do you ship to Kuwait?',
        age: '4h',
      },
    ],
  },
];

export function pageByHandle(handle: string): FacebookPage | undefined {
  return facebookPages.find((page) => page.handle === handle.toLowerCase());
}

export function pageById(id: string): FacebookPage | undefined {
  return facebookPages.find((page) => page.id === id);
}

export function postPath(post: FacebookPost): string {
  return `/${post.handle}/posts/${post.id}`;
}
