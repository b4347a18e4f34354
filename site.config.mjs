// The settings a deployment may change, read once here and used everywhere.

/**
 * Defaults that only make sense on this machine: `npm start` and the tests use them, and
 * `npm run build:deploy` (scripts/check-deploy.ts) refuses to build while either is still in force.
 */
export const PLACEHOLDERS = {
  SITE_URL: 'https://us-sim-guide.example',
  REPORT_URL: 'mailto:corrections@us-sim-guide.example',
};

/** The deployed origin. Every canonical, Open Graph and sitemap URL is built from it. */
export const SITE_URL = process.env.SITE_URL || PLACEHOLDERS.SITE_URL;

/** Where the guides live; the benchmarks point it at generated sites. */
export const CONTENT_ROOT = process.env.CONTENT_ROOT || 'content';

/** Where "纠错" (report an error) links go: a mailto: address or an issue-tracker URL that takes title and body. */
export const REPORT_URL = process.env.REPORT_URL || PLACEHOLDERS.REPORT_URL;

/** "Today" for the staleness notice; fixed in tests, the build's own date otherwise. */
export const BUILD_DATE = process.env.BUILD_DATE ? new Date(`${process.env.BUILD_DATE}T00:00:00Z`) : new Date();

/** Link-preview images; OG_IMAGES=off skips them (the large synthetic benchmark sites). */
export const OG_IMAGES = process.env.OG_IMAGES !== 'off';
