/**
 * How a widget shows itself on a page, as data. Every rule is optional; an entry needs at least one.
 * Script and frame rules read `src` attributes only: nothing is fetched.
 */
export interface Detection {
  /** Hosts (or their parent domains) of `<script src>`. */
  scriptHosts?: readonly string[];
  /** Substrings of a script URL's path, for widgets served from the site's own domain. */
  scriptPaths?: readonly string[];
  /** Hosts of `<iframe src>`, and of this frame's own location when we run inside the widget. */
  frameHosts?: readonly string[];
  /** Path prefixes of `<iframe src>` and of this frame's own location (self-hosted widgets). */
  framePaths?: readonly string[];
  /** CSS selectors of the widget's containers, frames or message lists. */
  containers?: readonly string[];
  /**
   * Page globals (`Intercom`, `zE`). They live in the page's world, not the content script's: only
   * a main-world probe can report them, so they count only when the caller passes them in.
   */
  globals?: readonly string[];
}

export interface PageLocation {
  hostname: string;
  pathname: string;
}

/** Weights: a container is direct evidence, a frame nearly so, a script or global only a hint. */
const WEIGHT = { container: 4, frame: 3, script: 2, global: 1 } as const;

export function hostMatches(hostname: string, host: string): boolean {
  const name = hostname.toLowerCase();
  return name === host || name.endsWith(`.${host}`);
}

function urlsOf(root: Document | ShadowRoot, selector: string): URL[] {
  const documentBase = (root.nodeType === 9 ? (root as Document) : root.ownerDocument)?.baseURI ?? '';
  // A protocol-relative src ("//code.tidio.co/…") needs a scheme; about:blank/srcdoc frames have none.
  const base = /^https?:/.test(documentBase) ? documentBase : 'https://page.invalid/';
  const urls: URL[] = [];
  for (const el of Array.from(root.querySelectorAll(selector))) {
    try {
      urls.push(new URL(el.getAttribute('src') ?? '', base));
    } catch {
      // An unparsable src is no evidence.
    }
  }
  return urls;
}

function safeMatches(root: Document | ShadowRoot, selector: string): boolean {
  try {
    return root.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

export interface PageEvidence {
  root: Document | ShadowRoot;
  location: PageLocation;
  scripts: URL[];
  frames: URL[];
  globals: ReadonlySet<string>;
}

export function gatherEvidence(
  root: Document | ShadowRoot,
  location: PageLocation,
  globals: ReadonlySet<string> = new Set(),
): PageEvidence {
  return {
    root,
    location,
    scripts: urlsOf(root, 'script[src]'),
    frames: urlsOf(root, 'iframe[src], frame[src]'),
    globals,
  };
}

/** How strongly the evidence points at this widget: 0 when no rule holds. */
export function scoreDetection(detection: Detection, evidence: PageEvidence): number {
  const { scripts, frames, location, root, globals } = evidence;
  let score = 0;
  if (detection.containers?.some((selector) => safeMatches(root, selector))) score += WEIGHT.container;
  const frameHit =
    detection.frameHosts?.some(
      (host) => hostMatches(location.hostname, host) || frames.some((url) => hostMatches(url.hostname, host)),
    ) ||
    detection.framePaths?.some(
      (path) => location.pathname.startsWith(path) || frames.some((url) => url.pathname.startsWith(path)),
    );
  if (frameHit) score += WEIGHT.frame;
  const scriptHit =
    detection.scriptHosts?.some((host) => scripts.some((url) => hostMatches(url.hostname, host))) ||
    detection.scriptPaths?.some((path) => scripts.some((url) => url.pathname.includes(path)));
  if (scriptHit) score += WEIGHT.script;
  if (detection.globals?.some((name) => globals.has(name))) score += WEIGHT.global;
  return score;
}

export function ruleCount(detection: Detection): number {
  return Object.values(detection).reduce(
    (sum: number, rules: readonly string[] | undefined) => sum + (rules?.length ?? 0),
    0,
  );
}
