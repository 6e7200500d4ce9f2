import type { AnchorHTMLAttributes, ReactNode } from 'react';

/** Like @docusaurus/Link for internal paths in the default locale: an <a> with the path as href. */
export default function Link({
  to,
  children,
  ...rest
}: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
