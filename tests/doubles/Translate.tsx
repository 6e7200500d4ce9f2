import type { ReactNode } from 'react';

/** Renders the English message, as Docusaurus does for the default locale. */
export default function Translate({ children }: { id?: string; children: ReactNode }) {
  return <>{children}</>;
}

/** Like Docusaurus's translate(): the message with each {name} replaced by its value. */
export function translate({ message }: { id?: string; message: string }, values: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}
