// Phone numbers are stored once in E.164; everything a reader sees or taps is derived here.

const KEYPAD: Record<string, string> = {
  A: '2',
  B: '2',
  C: '2',
  D: '3',
  E: '3',
  F: '3',
  G: '4',
  H: '4',
  I: '4',
  J: '5',
  K: '5',
  L: '5',
  M: '6',
  N: '6',
  O: '6',
  P: '7',
  Q: '7',
  R: '7',
  S: '7',
  T: '8',
  U: '8',
  V: '8',
  W: '9',
  X: '9',
  Y: '9',
  Z: '9',
};

/** "#PORT" → "#7678": what the keypad really dials. */
export function dialDigits(code: string): string {
  return code.toUpperCase().replace(/[A-Z]/g, (letter) => KEYPAD[letter]!);
}

/** A tel: URI; `#` must be escaped or the browser treats the rest as a fragment. */
export function telHref(numberOrCode: string): string {
  return `tel:${dialDigits(numberOrCode).replace(/#/g, '%23')}`;
}

export function smsHref(to: string, message: string): string {
  return `sms:${to}?body=${encodeURIComponent(message)}`;
}

/** Non-breaking hyphen: a phone number never wraps across lines. */
const NB_HYPHEN = '\u2011';

/** "+18009378997" → "1‑800‑937‑8997", the way US carriers print it; other countries keep E.164. */
export function formatPhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return us ? ['1', us[1], us[2], us[3]].join(NB_HYPHEN) : e164;
}

/**
 * The key a number is looked up by, from what a reader types or pastes; undefined when the query is
 * not a number. Phone numbers become E.164 ("(800) 937-8997", "1.800.937.8997", "+1 800 937 8997",
 * "1-800-CRICKET" → "+18002742538"; letters only after at least three digits, extra letters of a
 * vanity number dropped); dial codes become keypad digits without a closing "#" ("*PORT" → "*7678",
 * "#PORT#" → "#7678"); 3 to 8 bare digits stay as they are (611, SMS short codes such as 611611).
 * Index keys are made with the same function, so a guide's "#PORT#" and a reader's "#PORT" meet.
 */
export function numberKey(query: string): string | undefined {
  const compact = query
    .normalize('NFKC')
    .replace(/[\s().\-/\p{Pd}\u2212]/gu, '')
    .toUpperCase();
  if (/^[*#][0-9A-Z]{2,10}#?$/.test(compact)) return dialDigits(compact).replace(/#$/, '');
  const m = /^(\+?)(\d[0-9A-Z]*)$/.exec(compact);
  if (!m) return undefined;
  const [, plus, body] = m as unknown as [string, string, string];
  if (/[A-Z]/.test(body)) {
    if (!/^\d{3}/.test(body)) return undefined;
    const digits = dialDigits(body);
    const national = digits.startsWith('1') ? digits.slice(1, 11) : digits.slice(0, 10);
    return national.length === 10 ? `+1${national}` : undefined;
  }
  if (plus) return body.length >= 8 && body.length <= 15 ? `+${body}` : undefined;
  if (body.length === 10) return `+1${body}`;
  if (body.length === 11 && body.startsWith('1')) return `+${body}`;
  if (body.length >= 3 && body.length <= 8) return body;
  if (body.length >= 12 && body.length <= 15) return `+${body}`;
  return undefined;
}
