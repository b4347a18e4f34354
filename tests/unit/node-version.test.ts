import { expect, it } from 'vitest';

// npm scripts must run on the node@24 devDependency; Astro 7 and Vitest 5 refuse Node 20.
it('runs on Node 22.12 or newer', () => {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
});
