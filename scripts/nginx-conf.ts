// `npm run --silent nginx:conf > us-sim-guide.conf`: the nginx equivalent of dist/_headers and
// dist/_redirects, to include inside a server block whose root is dist/ (README, "Deploy").
import { nginxConfig } from '../src/lib/host-config.ts';
import { readEntries, readRenamedPages } from '../src/lib/load-content.ts';
import { redirectsFor } from '../src/lib/redirects.ts';
import { COLLECTIONS } from '../src/lib/schema.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const carriers = readEntries(CONTENT_ROOT)
  .filter((e) => e.collection === 'carriers')
  .map((e) => ({ slug: e.slug, shortNames: COLLECTIONS.carriers.schema.parse(e.data).shortNames }));
process.stdout.write(nginxConfig(redirectsFor(carriers, readRenamedPages())));
