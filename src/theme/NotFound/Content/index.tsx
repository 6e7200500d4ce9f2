/**
 * The 404 page, made useful: a shared link that no longer lands still leads somewhere. It names
 * the pages a reader most likely wanted, the search box, and where moved addresses are kept.
 */
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';

const PAGES: { to: string; id: string; label: string }[] = [
  { to: '/', id: 'notFound.overview', label: 'Overview: every table at a glance' },
  { to: '/pruning', id: 'notFound.pruning', label: 'Pruning tables' },
  { to: '/distillation', id: 'notFound.distillation', label: 'Distillation tables' },
  { to: '/quantization', id: 'notFound.quantization', label: 'Quantization tables' },
  { to: '/models', id: 'notFound.models', label: 'Every model, one page each' },
  { to: '/upstream', id: 'notFound.upstream', label: 'Where each upstream section lives here' },
];

/**
 * Most hosts (GitHub Pages among them) answer every unknown address with the site's one root
 * 404.html, the English one, a Chinese reader's mistyped /zh-Hans/… address included. Such a reader
 * is told, in Chinese, where the Chinese pages start. Known only in the browser: the page is built
 * once for every address, so the note is looked for after hydration, and its code fetched only then:
 * every docs page loads this component (its routes end in a not-found route), few readers need it.
 */
const ChineseNote = lazy(() => import('./ChineseNote'));

function OtherLocaleNote(): ReactNode {
  const {
    siteConfig: { baseUrl },
    i18n: { currentLocale, defaultLocale, localeConfigs },
  } = useDocusaurusContext();
  const [home, setHome] = useState<string>();
  useEffect(() => {
    if (currentLocale !== defaultLocale) return;
    const zh = `${baseUrl}${localeConfigs['zh-Hans']?.path ?? 'zh-Hans'}/`;
    if (window.location.pathname.startsWith(zh)) setHome(zh);
  }, [baseUrl, currentLocale, defaultLocale, localeConfigs]);
  return home ? (
    <Suspense fallback={null}>
      <ChineseNote home={home} />
    </Suspense>
  ) : null;
}

export default function NotFoundContent({ className }: { className?: string }) {
  const title = translate({ id: 'theme.NotFound.title', message: 'Page Not Found' });
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      {/* The page's title too, not the site's alone: the docs plugin answers an unknown address under
          its root (this whole site) with this component alone, which the theme's NotFound page wraps
          with the title. A screen reader announces the title first; a tab shows it. */}
      <PageMetadata title={title} />
      <Head>
        <meta
          name="description"
          content={translate({
            id: 'notFound.description',
            message:
              'This address is not part of the compression zoo. The tables, models and search are one click away.',
          })}
        />
      </Head>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            {title}
          </Heading>
          <OtherLocaleNote />
          <p>
            <Translate id="notFound.lead">
              Nothing lives at this address. If someone sent you a link to a table or a row, the page it belonged to is
              most likely one of these:
            </Translate>
          </p>
          <ul>
            {PAGES.map((page) => (
              <li key={page.to}>
                <Link to={page.to}>{translate({ id: page.id, message: page.label })}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Translate id="notFound.search">
              The search box at the top finds any model, strategy or dataset by name, in English or Chinese.
            </Translate>
          </p>
          <p>
            <Translate id="notFound.moved">
              Addresses we have published are kept working when a page moves; if this one was ours, the link itself may
              have been cut short when it was shared.
            </Translate>
          </p>
        </div>
      </div>
    </main>
  );
}
