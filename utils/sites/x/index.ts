import { siteAdapter } from '../types';
import * as readers from './read';
import { matchUrl } from './urls';

export const xAdapter = siteAdapter('x', matchUrl, readers);
