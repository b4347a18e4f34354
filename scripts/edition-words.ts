// Writes src/i18n/zh-TW.json: the zh-CN dictionary converted with content/terms.yaml over OpenCC.
// Run after changing zh-CN.json, the term table or opencc-js; review the diff like any other text.
import { readFileSync, writeFileSync } from 'node:fs';
import { uiDictionarySchema } from '../src/i18n/schema.ts';
import { convertDictionary, dictionaryJson } from '../src/lib/edition/dictionary.ts';
import { loadConverter } from '../src/lib/edition/convert-fs.ts';

const source = uiDictionarySchema.parse(JSON.parse(readFileSync('src/i18n/zh-CN.json', 'utf8')));
writeFileSync('src/i18n/zh-TW.json', dictionaryJson(convertDictionary(source, loadConverter('content'))));
console.log('wrote src/i18n/zh-TW.json');
