import { expect, it } from 'vitest';
import { withTraditional } from '../../src/lib/traditional.ts';

it('adds Traditional forms of Chinese search words and keeps the originals', () => {
  const words = withTraditional(['携号转网', '注销', '保号卡', 'att']);
  expect(words).toEqual(expect.arrayContaining(['携号转网', '攜號轉網', '注销', '註銷', '保號卡', 'att']));
  expect(words).not.toContain('登出'); // character conversion, not Taiwan phrase substitution
});
