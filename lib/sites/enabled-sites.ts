import { MatchPattern } from '@webext-core/match-patterns';
import type { AutoCaptureSite } from '../schemas/settings';

/**
 * Sites where recording is allowed: those the user enabled, plus any the manifest itself
 * declares a content script for (only the test build does, for http://127.0.0.1/*).
 */
export function enabledPatterns(sites: readonly AutoCaptureSite[], manifestContentScriptMatches: readonly string[]) {
  return [...sites.flatMap((s) => s.patterns), ...manifestContentScriptMatches];
}

/** True when the top-level page's URL is covered by an enabled pattern. */
export function isTopLevelUrlEnabled(url: string | undefined, patterns: readonly string[]): boolean {
  if (!url) return false;
  return patterns.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}
