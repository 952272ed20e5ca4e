/** What one frame tells about itself when probed during a capture. */
export interface FrameProbe {
  url: string;
  title: string;
  siteName: string | null;
  selection: string;
  /** The selection was longer than the limit (select-all on a huge page). */
  selectionTruncated: boolean;
  text: string;
  truncated: boolean;
  /** The http(s) addresses of the frames this frame embeds: those not probed were out of reach. */
  childFrames: string[];
}

export const PROBE_TEXT_LIMIT = 200_000;

/**
 * Injected into every frame the extension may read (scripting.executeScript, allFrames). It must
 * be self-contained: no imports, no closures, only what it returns crosses back.
 */
export function probeFrame(limit: number): FrameProbe {
  const meta = document.querySelector('meta[property="og:site_name"]');
  const text = document.body?.innerText ?? '';
  const selection = getSelection()?.toString() ?? '';
  return {
    url: location.href,
    title: document.title,
    siteName: meta?.getAttribute('content')?.slice(0, 200) ?? null,
    selection: selection.slice(0, limit),
    selectionTruncated: selection.length > limit,
    text: text.slice(0, limit),
    truncated: text.length > limit,
    childFrames: Array.from(document.querySelectorAll('iframe[src], frame[src]'))
      .map((frame) => (frame as HTMLIFrameElement).src)
      .filter((src) => /^https?:/i.test(src))
      .slice(0, 50),
  };
}
