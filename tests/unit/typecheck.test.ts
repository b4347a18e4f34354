// TypeScript is strict (astro/tsconfigs/strict) and `astro check` must stay clean.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('astro check finds no errors, warnings or hints', () => {
  const result = spawnSync('npx', ['astro', 'check'], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output, output.slice(-3000)).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(result.status).toBe(0);
}, 240_000);
