/**
 * Injected before a screenshot: our own toast and recording pill are never in it. Resolves once
 * the page has painted without them (two animation frames; a busy page would otherwise still
 * show the old frame to captureVisibleTab), or after 150 ms at most.
 */
export function removeOwnUi(): Promise<void> {
  const own = document.querySelectorAll('paper-trail-toast, paper-trail-pill');
  for (const element of own) element.remove();
  if (own.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    setTimeout(resolve, 150);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}

/**
 * Injected into the captured page after the screenshot: a small, inert notice in a closed
 * shadow root that removes itself. Self-contained, like every injected function.
 */
export function showToast(text: string): void {
  const host = document.createElement('paper-trail-toast');
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.textContent = text;
  box.setAttribute('role', 'status');
  // The toast speaks the user's language, not the page's: Hebrew reads right to left anywhere.
  box.dir = 'auto';
  box.style.cssText =
    'position:fixed;inset-block-end:16px;inset-inline-end:16px;z-index:2147483647;background:#1f5f8b;color:#fff;font:14px system-ui,sans-serif;padding:10px 14px;border-radius:10px;box-shadow:0 6px 20px rgba(0,0,0,.25);max-width:320px';
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 3500);
}
