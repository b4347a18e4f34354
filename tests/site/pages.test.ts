// What every reader and every link preview sees in the built pages.
import { editionOf, LOCALES } from '../../src/i18n/config.ts';
import { describe, expect, it } from 'vitest';
import { carriers, guidePages, page, pages, SITE_ORIGIN } from './dist.ts';
import { telHref, dialDigits } from '../../src/lib/guide/phone.ts';
import { isActive, type ActiveCarrier } from '../../src/schemas/index.ts';
import { words } from '../words.ts';

const REQUIRED = [
  '/',
  '/search/',
  '/404.html',
  '/carriers/',
  '/card-types/prepaid/',
  '/card-types/postpaid/',
  '/card-types/physical-sim/',
  '/card-types/esim/',
  '/card-types/number-keeping/',
  '/carriers/att/',
  '/carriers/verizon/',
  '/carriers/t-mobile/',
  '/topics/port-out/',
];

describe('the built site', () => {
  it.each(REQUIRED)('has %s', (path) => {
    expect(() => page(path)).not.toThrow();
  });

  describe.each(pages().map((p) => [p.path, p] as const))('%s', (_path, p) => {
    it("is in its edition's language with a title, a description and a canonical URL on the configured origin", () => {
      const edition = LOCALES[editionOf(p.path).id];
      expect(p.$('html').attr('lang')).toBe(edition.lang);
      expect(p.$('title').text().trim().length).toBeGreaterThan(2);
      expect(p.$('meta[name="description"]').attr('content')?.trim().length).toBeGreaterThan(5);
      const canonical = p.$('link[rel="canonical"]').attr('href') ?? '';
      expect(new URL(canonical).origin).toBe(SITE_ORIGIN);
      expect(p.$('meta[property="og:url"]').attr('content')).toBe(canonical);
      expect(new URL(canonical).pathname.startsWith(`${edition.base}/`)).toBe(true);
      expect(p.$('meta[property="og:locale"]').attr('content')).toBe(edition.ogLocale);
      expect(p.$('h1')).toHaveLength(1);
    });
  });

  describe.each(guidePages().map((p) => [p.path, p] as const))('guide %s', (_path, p) => {
    it('lists its sources with dates and says when it was last checked', () => {
      const items = p.$('section.sources ol > li');
      expect(items.length).toBeGreaterThan(0);
      items.each((_, li) => {
        const httpOnly = p.$(li).text().includes(words.source.httpOnly);
        expect(p.$(li).find(httpOnly ? 'a[href^="http://"]' : 'a[href^="https://"]')).toHaveLength(1);
      });
      expect(p.$('section.sources > p').text()).toContain(words.source.listIntroBefore);
      expect(p.$('time[datetime]').first().attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    it('puts its body in the search index', () => {
      expect(p.$('[data-pagefind-body]')).toHaveLength(1);
    });
  });

  describe.each(
    carriers()
      .filter((c) => isActive(c.data))
      .map((c) => [c.slug, c.data as ActiveCarrier] as const),
  )('carrier %s', (slug, carrier) => {
    const p = page(`/carriers/${slug}/`);
    it('links every phone number and dial code with tel:', () => {
      for (const phone of carrier.contacts.phones)
        expect(p.$(`a[href="${telHref(phone.number)}"]`).length).toBeGreaterThan(0);
      for (const code of carrier.contacts.dialCodes) {
        const href = telHref(code.code);
        expect(href).not.toContain('#');
        expect(p.$(`a[href="${href}"]`).length, dialDigits(code.code)).toBeGreaterThan(0);
      }
    });
    it('gives the fastest way, the warning and every step an anchor', () => {
      expect(p.$(`.glance a[href="#${carrier.summary.fastest}"]`)).toHaveLength(1);
      expect(p.$('.warn').text()).toContain(carrier.summary.warning);
      for (const ch of carrier.cancel.channels) {
        expect(p.$(`#${ch.id}`)).toHaveLength(1);
        for (const step of ch.steps) expect(p.$(`li#${step.id}`)).toHaveLength(1);
      }
      for (const step of carrier.portOut.steps) expect(p.$(`li#${step.id}`)).toHaveLength(1);
    });
    it('has a phone script from its data, in English marked lang="en", also printable on its own, when it can be called', async () => {
      const { hasPhoneChannel, phoneScript } = await import('../../src/lib/guide/phone-script.ts');
      const { loadDataFile, PHONE_SCRIPT_FILE } = await import('../../src/lib/content/load-fs.ts');
      const { phoneScriptSchema } = await import('../../src/schemas/index.ts');
      if (!hasPhoneChannel(carrier)) return expect(p.$('#phone-script')).toHaveLength(0);
      const english = p
        .$('table.script td[lang="en"]')
        .map((_, td) => p.$(td).text())
        .get();
      const script = phoneScript(carrier, loadDataFile('content', PHONE_SCRIPT_FILE, phoneScriptSchema));
      expect(english).toEqual(
        [...script.keep, ...script.cancel, ...script.common, ...script.agentAsks, ...script.pause].map((l) => l.en),
      );
      expect(p.$('#script-pause')).toHaveLength(script.pause.length ? 1 : 0);
      expect(page(`/carriers/${slug}/script/`).$('table.script td[lang="en"]')).toHaveLength(english.length);
    });
    it('shows unknown facts as unknown', () => {
      const unknowns = JSON.stringify(carrier).match(/"unknown":"/g)?.length ?? 0;
      expect(p.$('.unknown').length).toBeGreaterThanOrEqual(unknowns > 0 ? 1 : 0);
    });
  });
});
