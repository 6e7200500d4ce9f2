/**
 * Docusaurus's own page template with one change: instead of `<script defer>` tags, which make
 * every page fetch and run React before it is quiet, the page carries startOnIntent, which does
 * so when the reader first reaches for it. Built from the installed template so that an upgrade
 * that changes it fails the build here, loudly, rather than silently dropping the change.
 */
import defaultTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import { HYDRATED_EVENT } from './signal';
import { startOnIntent } from './startOnIntent';

const SCRIPT_TAGS =
  /<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;

const LOADER = `<script>(${startOnIntent.toString()})(<%~ JSON.stringify(it.scripts.map((s) => it.baseUrl + s)) %>, ${JSON.stringify(HYDRATED_EVENT)});</script>`;

function withLoader(template: string): string {
  if (!SCRIPT_TAGS.test(template)) {
    throw new Error(
      "src/hydration/ssrTemplate.ts: Docusaurus's SSR template no longer has the <script defer> loop this site replaces; update SCRIPT_TAGS",
    );
  }
  return template.replace(SCRIPT_TAGS, LOADER);
}

export const ssrTemplate = withLoader(defaultTemplate);
