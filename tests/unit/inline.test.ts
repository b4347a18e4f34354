import { describe, expect, it } from 'vitest';
import { inlineRefs, splitInline } from '../../src/lib/guide/inline.ts';

describe('inline contact references', () => {
  it('splits text around [[id]]', () => {
    expect(splitInline('拨打 [[care]]，或 [[care-611]]。')).toEqual([
      { kind: 'text', value: '拨打 ' },
      { kind: 'ref', id: 'care' },
      { kind: 'text', value: '，或 ' },
      { kind: 'ref', id: 'care-611' },
      { kind: 'text', value: '。' },
    ]);
  });
  it('leaves text without references whole', () => {
    expect(splitInline('没有号码')).toEqual([{ kind: 'text', value: '没有号码' }]);
  });
  it('turns site paths into links and leaves other slashes alone', () => {
    expect(splitInline('详见 /topics/port-out/#family-plan 和 /carriers/att/。a/b 不算')).toEqual([
      { kind: 'text', value: '详见 ' },
      { kind: 'path', href: '/topics/port-out/#family-plan' },
      { kind: 'text', value: ' 和 ' },
      { kind: 'path', href: '/carriers/att/' },
      { kind: 'text', value: '。a/b 不算' },
    ]);
  });
  it('lists the ids referenced', () => {
    expect(inlineRefs('[[a]] and [[b-c]] but not [single]')).toEqual(['a', 'b-c']);
  });
});

describe('section links in text', () => {
  it('reads [[#pause]] as a link to a section of the same page', async () => {
    const { splitInline, inlineSections } = await import('../../src/lib/guide/inline.ts');
    expect(splitInline('详见本页[[#pause]]一节')).toEqual([
      { kind: 'text', value: '详见本页' },
      { kind: 'section', id: 'pause' },
      { kind: 'text', value: '一节' },
    ]);
    expect(inlineSections('[[#pause]]和[[#abroad]]，拨 [[care]]')).toEqual(['pause', 'abroad']);
  });
});
