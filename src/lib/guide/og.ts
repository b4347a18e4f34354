// The link-preview card (1200×630) as SVG: the guide's title, its kind, and the site name.
// Rendered to PNG at build time with a CJK font from npm, so no system font is needed.

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Width of a character in em: CJK and full-width forms are square, Latin about half. */
const charWidth = (ch: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.58;

/** Break text into lines no wider than maxEm, preferring breaks at spaces and after CJK punctuation. */
export function wrapText(text: string, maxEm: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const token of text.match(/[A-Za-z0-9&.+\-']+|\s+|./gu) ?? []) {
    const w = [...token].reduce((sum, ch) => sum + charWidth(ch), 0);
    if (width + w > maxEm && line.trim()) {
      lines.push(line.trim());
      line = '';
      width = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    width += w;
  }
  if (line.trim()) lines.push(line.trim());
  // An opening bracket belongs with what it opens.
  for (let i = 0; i < lines.length - 1; i++) {
    const open = /[（(「《]$/u.exec(lines[i]!);
    if (open) {
      lines[i] = lines[i]!.slice(0, -1).trimEnd();
      lines[i + 1] = `${open[0]}${lines[i + 1]}`;
    }
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/.$/u, '')}…`;
    return kept;
  }
  return lines;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface OgCard {
  title: string;
  /** Small line above the title: the kind of guide and what it covers (dictionary group `og`). */
  eyebrow: string;
  siteName: string;
  host: string;
  /** The font family the card is drawn in (the edition's `cardFont`); Noto Sans SC unless given. */
  font?: string;
}

export function ogSvg({ title, eyebrow, siteName, host, font = 'Noto Sans SC' }: OgCard): string {
  const titleLines = wrapText(title, 14);
  const fontSize = titleLines.length > 2 ? 64 : 76;
  const titleTop = 290 - (titleLines.length - 1) * (fontSize * 0.6);
  const tspans = titleLines
    .map((l, i) => `<tspan x="80" y="${Math.round(titleTop + i * fontSize * 1.25)}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#0b57b0"/>
<rect x="0" y="${OG_HEIGHT - 120}" width="${OG_WIDTH}" height="120" fill="#083f80"/>
<text x="80" y="120" font-family="${font}" font-size="36" fill="#cfe0ff">${escapeXml(eyebrow)}</text>
<text font-family="${font}" font-weight="700" font-size="${fontSize}" fill="#ffffff">${tspans}</text>
<text x="80" y="${OG_HEIGHT - 48}" font-family="${font}" font-weight="700" font-size="40" fill="#ffffff">${escapeXml(siteName)}</text>
<text x="${OG_WIDTH - 80}" y="${OG_HEIGHT - 50}" text-anchor="end" font-family="${font}" font-size="30" fill="#cfe0ff">${escapeXml(host)}</text>
</svg>`;
}
