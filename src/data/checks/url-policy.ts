/**
 * Every URL the site publishes is https, on a host the policy in
 * data/url-policy.json allows; a download also names an archive file.
 * Anything else (another scheme, `javascript:`, another host) is an error.
 */
import type { Finding } from '../problems';
import type { Check } from './context';

export const urlPolicy: Check = ({ zoo, tableFile }) => {
  const out: Finding[] = [];
  const policy = zoo.urlPolicy;
  const judge = (file: string, path: string, url: string, download: boolean) => {
    const hosts = download ? policy.downloadHosts : [...policy.linkHosts, ...policy.downloadHosts];
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      out.push({ file, path, expected: 'an absolute https:// URL', found: JSON.stringify(url) });
      return;
    }
    if (parsed.protocol !== 'https:') {
      out.push({
        file,
        path,
        expected: 'an https:// URL',
        found: `${JSON.stringify(url)} (scheme ${parsed.protocol.replace(/:$/, '')})`,
      });
    } else if (parsed.username || parsed.password || !hosts.includes(parsed.hostname) || parsed.port) {
      out.push({
        file,
        path,
        expected: `a URL on ${hosts.join(', ')} (data/url-policy.json)`,
        found: JSON.stringify(url),
      });
    } else if (download && !policy.archiveExtensions.some((ext) => parsed.pathname.endsWith(ext))) {
      out.push({
        file,
        path,
        expected: `a file ending in ${policy.archiveExtensions.join(', ')}`,
        found: JSON.stringify(url),
      });
    }
  };
  judge('data/source.json', 'url', zoo.source.url, false);
  zoo.source.links.forEach((l, i) => {
    judge('data/source.json', `links[${i}].url`, l.url, false);
  });
  for (const table of zoo.tables) {
    table.rows.forEach((row, i) => {
      if (row.download) judge(tableFile(table), `rows[${i}].download`, row.download, true);
    });
  }
  return out;
};
