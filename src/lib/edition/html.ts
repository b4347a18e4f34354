// One page of a derived edition from its page in the default edition: the text converted, its own
// language tags, and links to the edition's own copies. What is not text for the reader stays as it
// is: URLs, ids, classes, numbers, and every element that names its own language (quotes keep their
// script: a Chinese quote is marked lang="zh-CN" and is not converted).
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Convert } from '../../i18n/convert.ts';

export interface EditionTarget {
  /** '/zh-tw' */
  base: string;
  /** 'zh-TW' */
  lang: string;
  /** 'zh_TW' */
  ogLocale: string;
  convert: Convert;
  /** The site's origin ('https://example.org'): absolute URLs on it are the site's own. */
  origin: string;
  /** True when the edition has its own copy of this path ('/carriers/att/', '/changes/feed.xml'). */
  mirrored: (path: string) => boolean;
}

/** Attributes that hold a URL; rewritten to the edition's copy, never converted. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster']);
/** Attributes that name things rather than say them: never converted. */
const NAME_ATTRIBUTES = new Set([
  'id',
  'class',
  'name',
  'for',
  'lang',
  'hreflang',
  'type',
  'rel',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'data-anchor',
]);
const HAN = /\p{Script=Han}/u;

/** The edition's URL for a link of the default edition, or the link unchanged when the edition has no copy. */
export function editionUrl(value: string, target: EditionTarget): string {
  const absolute = value === target.origin || value.startsWith(`${target.origin}/`);
  if (!absolute && !(value.startsWith('/') && !value.startsWith('//'))) return value;
  if (!target.mirrored(new URL(value, `${target.origin}/`).pathname)) return value;
  // The rest of the URL as written: a query or fragment keeps its characters unescaped.
  const rest = absolute ? value.slice(target.origin.length) || '/' : value;
  return `${absolute ? target.origin : ''}${target.base}${rest}`;
}

/** A srcset's candidates ("url descriptor, …") with each URL pointed at the edition's copy. */
const editionSrcset = (value: string, target: EditionTarget) =>
  value
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_, space: string, u: string) => space + editionUrl(u, target)),
    )
    .join(',');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text with the site's own absolute URLs pointed at the edition's copies: a printed page states its
 * address ("本页地址：https://…/carriers/att/"), which must be the edition's, as its QR code is.
 */
function siteUrlsInText(text: string, target: EditionTarget): string {
  if (!text.includes(target.origin)) return text;
  const urls = new RegExp(`${escapeRegExp(target.origin)}(?:/[A-Za-z0-9\\-._~/%?#=&+]*)?`, 'g');
  return text.replace(urls, (u) => editionUrl(u, target));
}

/** Strings of a JSON-LD value converted, the site's URLs pointed at the edition, `inLanguage` set. */
function convertJsonLd(value: unknown, target: EditionTarget, key = ''): unknown {
  if (typeof value === 'string') {
    if (key === 'inLanguage') return target.lang;
    return /^(?:https?:)?\//.test(value) ? editionUrl(value, target) : target.convert(value);
  }
  if (Array.isArray(value)) return value.map((v) => convertJsonLd(v, target));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertJsonLd(v, target, k)]));
  return value;
}

/**
 * The edition's copy of one HTML page. `switchHtml` makes the switch that replaces the page's
 * (`.edition-switch`, see src/lib/edition/switch.ts); `scripts` are the module scripts the edition
 * has its own copies of (their words converted).
 */
export function editionHtml(
  html: string,
  target: EditionTarget,
  page: {
    /** The edition's switch for a page, from the page's path in the default edition. */
    switchHtml: (path: string) => string;
    scripts: ReadonlySet<string>;
    /** HTML added at the end of the footer: the edition says it is converted, and links to how. */
    footerNote?: string;
  },
): string {
  const $ = cheerio.load(html);
  const url = (v: string) => editionUrl(v, target);

  const visit = (node: AnyNode, keep: boolean) => {
    if (node.type === 'text') {
      if (!keep && HAN.test(node.data)) node.data = target.convert(node.data);
      node.data = siteUrlsInText(node.data, target);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const attrs = el.attribs;
    const ownLanguage = el.name !== 'html' && attrs.lang !== undefined;
    for (const [name, value] of Object.entries(attrs)) {
      if (URL_ATTRIBUTES.has(name)) {
        // Language alternates point at a given edition on purpose.
        if (attrs.hreflang !== undefined) continue;
        const own = name === 'src' && el.name === 'script' && page.scripts.has(value);
        attrs[name] = own ? `${target.base}${value}` : url(value);
      } else if (name === 'srcset') {
        attrs[name] = editionSrcset(value, target);
      } else if (name === 'content' && el.name === 'meta') {
        if (attrs.property === 'og:locale') attrs.content = target.ogLocale;
        else if (attrs['http-equiv'] === 'refresh')
          attrs.content = value.replace(/url=(.*)$/i, (_, u) => `url=${url(u)}`);
        else if (/^https?:\/\//.test(value)) attrs.content = url(value);
        else if (!keep && HAN.test(value)) attrs.content = target.convert(value);
      } else if (!keep && !ownLanguage && !NAME_ATTRIBUTES.has(name) && HAN.test(value)) {
        attrs[name] = target.convert(value);
      }
    }
    if (el.name === 'link' && attrs.rel === 'modulepreload' && page.scripts.has(attrs.href ?? ''))
      attrs.href = `${target.base}${attrs.href}`;
    if (el.name === 'script') {
      if (attrs.type === 'application/ld+json') {
        const text = el.children[0];
        if (text?.type === 'text')
          text.data = JSON.stringify(convertJsonLd(JSON.parse(text.data), target)).replace(/</g, '\\u003c');
      }
      return;
    }
    if (el.name === 'style') return;
    for (const child of el.children) visit(child, keep || ownLanguage);
  };

  for (const node of $.root().children().toArray()) visit(node, false);
  $('html').attr('lang', target.lang).attr('data-base', target.base);
  if (page.footerNote) $('footer.site .wrap').append(page.footerNote);
  // The default edition's switch links to this page here; its path is the page's (or the home page's, on a 404 page).
  const switchLink = $(`.edition-switch a[hreflang="${target.lang}"]`).attr('href');
  if (switchLink) $('.edition-switch').replaceWith(page.switchHtml(switchLink.slice(target.base.length)));
  return $.html();
}
