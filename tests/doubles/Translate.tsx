import type { ReactNode } from 'react';

/** Renders the English message, as Docusaurus does for the default locale. */
export default function Translate({ children }: { id?: string; children: ReactNode }) {
  return <>{children}</>;
}

export function translate({ message }: { id?: string; message: string }): string {
  return message;
}
