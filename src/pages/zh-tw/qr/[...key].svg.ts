// The Taiwan edition's print QR codes, of its own URLs; its pages point their print-only image here.
import type { GetStaticPaths } from 'astro';
import { qrPaths } from '../../qr/_codes.ts';

export const getStaticPaths = (() => qrPaths('zh-TW')) satisfies GetStaticPaths;
export { GET } from '../../qr/_codes.ts';
