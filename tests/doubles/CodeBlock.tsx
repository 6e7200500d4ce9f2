import type { ReactNode } from 'react';

export default function CodeBlock({ children }: { children: ReactNode; language?: string }) {
  return <pre>{children}</pre>;
}
