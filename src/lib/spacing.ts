/**
 * The space between two sentences, or before a bracket: one in English, none in Chinese, whose
 * full-width marks carry their own spacing ("。去掉", "32.94%（上游原文…）").
 */
import type { Locale } from '../data/schemas';

export function sentenceGap(locale: Locale): string {
  return locale === 'zh-Hans' ? '' : ' ';
}
