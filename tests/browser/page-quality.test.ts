// Every page of the Simplified edition: see page-walk.ts.
import { DEFAULT_LOCALE } from '../../src/i18n/config.ts';
import { walkPages } from './page-walk.ts';

walkPages(DEFAULT_LOCALE);
