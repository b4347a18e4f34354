// `npm run --silent nginx:conf > us-sim-guide.conf`: the nginx equivalent of dist/_headers and
// dist/_redirects, to include inside a server block whose root is dist/ (README, "Deploy").
import { nginxConfig } from '../src/lib/host/config.ts';
import { readRedirects } from '../src/lib/content/load-fs.ts';
import { withEditions } from '../src/lib/host/redirects.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

process.stdout.write(nginxConfig(withEditions(readRedirects(CONTENT_ROOT))));
