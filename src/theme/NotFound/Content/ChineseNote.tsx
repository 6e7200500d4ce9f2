/** The 404 page's note to a reader of the Chinese pages (see OtherLocaleNote in index.tsx). */
import type { ReactNode } from 'react';

export default function ChineseNote({ home }: { home: string }): ReactNode {
  return (
    <p lang="zh-Hans" className="alert alert--info">
      此地址没有页面。中文的表格、模型和搜索都从<a href={home}>中文首页</a>开始。
    </p>
  );
}
