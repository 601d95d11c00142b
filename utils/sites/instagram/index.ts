import { siteAdapter } from '../types';
import * as readers from './read';
import { matchUrl } from './urls';

export const instagramAdapter = siteAdapter('instagram', matchUrl, readers);
