/**
 * The space between two sentences, or before a bracket: one in English, none in Chinese, whose
 * full-width marks carry their own spacing ("。去掉", "32.94%（上游原文…）").
 */
import type { Locale } from '../data/schemas';

export function sentenceGap(locale: Locale): string {
  return locale === 'zh-Hans' ? '' : ' ';
}

/** Full-width punctuation (，。：；（）、 and the like), which carries its own spacing. */
const FULL_WIDTH = '\u3000-\u303f\uff00-\uffef';

/**
 * A text put together from parts ("{dataset} 上 {y} 与 {x} 的关系" with a Chinese column name) without
 * the spaces that only Latin words need: none between two Chinese characters, none beside full-width
 * punctuation. A space between Chinese and Latin ("上 Box AP") stays. English text is left as it is.
 */
export function tidyChineseSpaces(text: string, locale: Locale): string {
  if (locale !== 'zh-Hans') return text;
  return text
    .replace(/(\p{Script=Han})[ \u00a0]+(?=\p{Script=Han})/gu, '$1')
    .replace(new RegExp(`[ \\u00a0]+(?=[${FULL_WIDTH}])|(?<=[${FULL_WIDTH}])[ \\u00a0]+`, 'gu'), '');
}
