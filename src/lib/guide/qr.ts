// The QR code printed on a guide (PrintQr): its page's URL, the same settings in every edition.
import QRCode from 'qrcode';

/** The QR code of `url` as SVG: error correction M survives a smudged print; a one-module margin. */
export const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
