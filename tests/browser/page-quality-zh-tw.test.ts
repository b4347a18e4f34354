// Every page of the Traditional edition, in a file of its own so it runs beside the Simplified walk.
import { walkPages } from './page-walk.ts';

walkPages('zh-TW');
