// Shared by the change notice's schema (utils/stored-values.ts) and the sidebar's zod-free reader of it
// (utils/overlay/stored-reader.ts), so the two agree without the sidebar bundling zod.

/** At most this many changed ids ride on a change notice; a larger change is announced without them. */
export const maxNoticedIds = 200;
