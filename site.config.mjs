// The two settings a deployment may change, read once here and used everywhere.

/** The deployed origin. Every canonical, Open Graph and sitemap URL is built from it. */
export const SITE_URL = process.env.SITE_URL || 'https://us-sim-guide.example';

/** Where the guides live; the benchmarks point it at generated sites. */
export const CONTENT_ROOT = process.env.CONTENT_ROOT || 'content';
