// Every built page is valid HTML (html-validate's recommended rules; see .htmlvalidate.json).
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { pages } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it.each(pages().map((p) => [p.path, p] as const))('%s', async (_path, p) => {
    const report = await validator.validateString(p.html, p.file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]`),
    );
    expect(errors).toEqual([]);
  });
});
