import { siteAdapter } from '../types';
import * as readers from './read';
import { matchUrl } from './urls';

export const facebookAdapter = siteAdapter('facebook', matchUrl, readers);
