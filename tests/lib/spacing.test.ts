import { describe, expect, it } from 'vitest';
import { sentenceGap, tidyChineseSpaces } from '../../src/lib/spacing';

describe('spacing between the parts of a composed text', () => {
  it('joins sentences with a space in English and none in Chinese', () => {
    expect(['Filtered.', 'Reset.'].join(sentenceGap('en'))).toBe('Filtered. Reset.');
    expect(['已筛选。', '已重置。'].join(sentenceGap('zh-Hans'))).toBe('已筛选。已重置。');
  });

  it('drops the spaces a Chinese text gets from its parts: between Chinese words and beside full-width marks', () => {
    // a chart's title with a Chinese column name, and a Δ button's name
    expect(tidyChineseSpaces('COCO 上 Box AP (%) 与 模型体积 (MB) 的关系', 'zh-Hans')).toBe(
      'COCO 上 Box AP (%) 与模型体积 (MB) 的关系',
    );
    expect(tidyChineseSpaces('按 模型体积 (MB) 相对 baseline 的变化量排序', 'zh-Hans')).toBe(
      '按模型体积 (MB) 相对 baseline 的变化量排序',
    );
    // beside full-width punctuation, even next to a Latin word
    expect(tidyChineseSpaces('GFLOPs （出现在表格下方的要点中）', 'zh-Hans')).toBe('GFLOPs（出现在表格下方的要点中）');
    expect(tidyChineseSpaces('单位为百分比。 ▲ 表示', 'zh-Hans')).toBe('单位为百分比。▲ 表示');
  });

  it('keeps the space between Chinese and Latin words or figures', () => {
    for (const text of ['麒麟970 上的推理时延', '在 Tesla P4 上', '相对 baseline 的变化量']) {
      expect(tidyChineseSpaces(text, 'zh-Hans')).toBe(text);
    }
  });

  it('leaves English text as it is, full-width signs and all', () => {
    const text = 'the same ＝ as the baseline （in percent）';
    expect(tidyChineseSpaces(text, 'en')).toBe(text);
  });
});
