import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageRefs, readFragments } from '../../src/lib/search/pagefind-pages-fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'fragments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => writeFileSync(join(dir, name), gzipSync(text));

describe('Pagefind pages for the search data', () => {
  it('reads each fragment as its result id, URL, title and text without zero-width spaces', () => {
    write(
      'zh-cn_abc.pf_fragment',
      `pagefind_dcd${JSON.stringify({ url: '/carriers/att/', content: '注销\u200b步骤', meta: { title: 'AT&T' } })}`,
    );
    expect(readFragments(dir)).toEqual([
      { id: 'zh-cn_abc', url: '/carriers/att/', content: '注销步骤', meta: { title: 'AT&T' } },
    ]);
  });

  it('maps a guide to its index and another page to its URL and title', () => {
    const fragments = [
      { id: 'a', url: '/carriers/att/', content: '', meta: { title: 'AT&T' } },
      { id: 'q', url: '/questions/', content: '', meta: { title: '常见问题' } },
    ];
    expect(
      pageRefs(fragments, [
        { url: '/carriers/tello/', title: 'Tello' },
        { url: '/carriers/att/', title: 'AT&T' },
      ]),
    ).toEqual({ a: 1, q: ['/questions/', '常见问题'] });
    expect(() => pageRefs([{ id: 'x', url: '/x/', content: '', meta: {} }], [])).toThrow(
      'Pagefind indexed /x/ without a title',
    );
  });

  it('fails, naming the file, on a fragment that is not Pagefind 1.x', () => {
    write('zh-cn_bad.pf_fragment', '{"url":"/x/"}');
    expect(() => readFragments(dir)).toThrow(/zh-cn_bad\.pf_fragment: not a Pagefind 1\.x fragment/);
  });
});
