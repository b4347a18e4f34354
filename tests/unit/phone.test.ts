import { describe, expect, it } from 'vitest';
import { dialDigits, formatPhone, smsHref, telHref } from '../../src/lib/guide/phone.ts';
import { contactViews } from '../../src/lib/guide/contacts.ts';
import { t } from '../words.ts';

describe('phone helpers', () => {
  it('turns keypad letters into digits', () => {
    expect(dialDigits('#PORT')).toBe('#7678');
    expect(dialDigits('*port')).toBe('*7678');
    expect(dialDigits('611')).toBe('611');
  });
  it('escapes # in tel: links so the browser does not read a fragment', () => {
    expect(telHref('#PORT')).toBe('tel:%237678');
    expect(telHref('*7678')).toBe('tel:*7678');
    expect(telHref('+18009378997')).toBe('tel:+18009378997');
  });
  it('writes US numbers the way carriers print them and leaves others in E.164', () => {
    expect(formatPhone('+18009378997')).toBe('1\u2011800\u2011937\u20118997');
    expect(formatPhone('+442071234567')).toBe('+442071234567');
  });
  it('builds sms: links with an encoded body', () => {
    expect(smsHref('611611', 'NTP')).toBe('sms:611611?body=NTP');
    expect(smsHref('611611', 'a b&c')).toBe('sms:611611?body=a%20b%26c');
  });
  it('gives every contact kind a link and the words a reader sees', () => {
    const views = contactViews({
      phones: [{ id: 'care', label: '客服', number: '+18009378997', fromAbroad: { callable: true }, sources: ['s'] }],
      dialCodes: [
        { id: 'pin', label: 'PIN', code: '#PORT', sources: ['s'] },
        { id: 'care-611', label: '611', code: '611', sources: ['s'] },
      ],
      sms: [{ id: 'ntp', label: '短信', message: 'NTP', to: '611611', sources: ['s'] }],
      links: [{ id: 'web', label: '账户', kind: 'account', url: 'https://example.com/', sources: ['s'] }],
    });
    expect(views.get('care')).toMatchObject({ href: 'tel:+18009378997', display: '1\u2011800\u2011937\u20118997' });
    expect(views.get('pin')).toMatchObject({ href: 'tel:%237678', display: '#PORT（#7678）' });
    expect(views.get('care-611')).toMatchObject({ display: '611' });
    expect(views.get('ntp')).toMatchObject({
      href: 'sms:611611?body=NTP',
      display: t('contact.sms', { message: 'NTP', to: '611611' }),
    });
    expect(views.get('web')).toMatchObject({ href: 'https://example.com/', display: '账户' });
  });
});
