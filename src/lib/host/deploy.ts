// What a deploy build checks before it builds: settings that would publish a site pointing at
// placeholder addresses (canonical URLs on example.invalid, corrections mailed to nowhere).

/**
 * Problems with the deployment settings, one sentence each, naming the variable; empty when the
 * build may go ahead.
 *
 * `env` is the process environment (unset and empty count as unset, as in site.config.mjs);
 * `placeholders` maps each variable that must be set to the default it must not keep.
 * Besides the placeholder rule: SITE_URL must be an https origin with no path (every canonical
 * and sitemap URL is built from it), and REPORT_URL a mailto: or https: URL (the correction links).
 */
export function deployProblems(
  env: Record<string, string | undefined>,
  placeholders: Record<string, string>,
): string[] {
  const problems: string[] = [];
  for (const [name, placeholder] of Object.entries(placeholders)) {
    const value = env[name] || placeholder;
    if (value === placeholder) {
      problems.push(
        `${name} is still the placeholder "${placeholder}": set ${name} to the real value for this deployment.`,
      );
    }
  }
  const site = env.SITE_URL;
  if (site && site !== placeholders.SITE_URL) {
    const url = URL.canParse(site) ? new URL(site) : undefined;
    if (url?.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
      problems.push(`SITE_URL must be an https:// origin such as "https://example.org", got "${site}".`);
    }
  }
  const report = env.REPORT_URL;
  if (report && report !== placeholders.REPORT_URL && !/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/.test(report)) {
    problems.push(`REPORT_URL must be a mailto: address or an https:// URL, got "${report}".`);
  }
  return problems;
}
