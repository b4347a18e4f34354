// Traditional-Chinese forms of search words, generated with OpenCC (Taiwan and Hong Kong character
// standards, not phrase substitution) so a reader typing 攜號轉網 or 註銷 finds the same guides as 携号转网 or 注销.
import * as OpenCC from 'opencc-js';

const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];

export function withTraditional(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const word of words) {
    if (!/[\u4e00-\u9fff]/.test(word)) continue;
    for (const convert of converters) out.add(convert(word));
  }
  return [...out];
}
