import type { DemoServer } from '../../demo/server';
import type { TestProxy } from './proxy';

/**
 * Lets the test browser reach the demo shop: the proxy forwards the shop's host (or `shopHost`,
 * the same shop under another name) and the widget frame's host to the demo server's ports.
 */
export function forwardDemo(proxy: TestProxy, demo: DemoServer, shopHost?: string): void {
  const shop = new URL(demo.url);
  const frame = new URL(demo.frameUrl);
  proxy.forward(shopHost ?? shop.host, Number(shop.port));
  proxy.forward(frame.host, Number(frame.port));
}
