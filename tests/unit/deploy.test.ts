import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deployProblems } from '../../src/lib/host/deploy.ts';
import { PLACEHOLDERS } from '../../site.config.mjs';

const REAL = { SITE_URL: 'https://guide.example.org', REPORT_URL: 'https://github.com/someone/guide/issues/new' };

describe('deployProblems', () => {
  it('names each variable still at its placeholder, set or not', () => {
    const problems = deployProblems({ SITE_URL: PLACEHOLDERS.SITE_URL }, PLACEHOLDERS);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SITE_URL is still the placeholder "https:\/\/us-sim-guide\.example"/);
    expect(problems[1]).toMatch(/^REPORT_URL is still the placeholder/);
  });

  it('treats an empty variable as unset', () => {
    expect(deployProblems({ ...REAL, REPORT_URL: '' }, PLACEHOLDERS)).toEqual([
      expect.stringMatching(/^REPORT_URL is still the placeholder/),
    ]);
  });

  it('accepts real values', () => {
    expect(deployProblems(REAL, PLACEHOLDERS)).toEqual([]);
    expect(deployProblems({ ...REAL, REPORT_URL: 'mailto:fix@guide.example.org' }, PLACEHOLDERS)).toEqual([]);
  });

  it('refuses a SITE_URL that is not an https origin', () => {
    for (const bad of ['http://guide.example.org', 'https://guide.example.org/sub/', 'guide.example.org']) {
      expect(deployProblems({ ...REAL, SITE_URL: bad }, PLACEHOLDERS)).toEqual([
        expect.stringContaining(`SITE_URL must be an https:// origin`),
      ]);
    }
  });

  it('refuses a REPORT_URL that is neither mailto: nor https:', () => {
    expect(deployProblems({ ...REAL, REPORT_URL: 'corrections@example.org' }, PLACEHOLDERS)).toEqual([
      expect.stringContaining('REPORT_URL must be'),
    ]);
  });
});

describe('npm run build:deploy guard (scripts/check-deploy.ts)', () => {
  const run = (env: Record<string, string>) => {
    const { SITE_URL: _s, REPORT_URL: _r, ...rest } = process.env;
    return spawnSync(process.execPath, ['scripts/check-deploy.ts'], { env: { ...rest, ...env }, encoding: 'utf8' });
  };

  it('stops with the placeholders, naming both variables', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SITE_URL is still the placeholder');
    expect(result.stderr).toContain('REPORT_URL is still the placeholder');
  });

  it('goes ahead with real values', () => {
    const result = run(REAL);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is what build:deploy runs before building', async () => {
    const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(scripts['build:deploy']).toMatch(/^node scripts\/check-deploy\.ts && npm run build$/);
  });
});
