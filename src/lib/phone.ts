// Phone numbers are stored once in E.164; everything a reader sees or taps is derived here.

const KEYPAD: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
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
