import type { RenderedTemplate } from './render';
import type { Measure } from './length';

/** What inserting a template would put in the reply box: the chosen language, the text, and its length. */
export type ReplyPreview = RenderedTemplate & Measure & { language: string };
