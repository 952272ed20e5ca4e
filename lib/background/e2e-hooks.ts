import type { CapturePausePoint } from '../capture/run-capture';

/**
 * End-to-end builds only (`wxt build --mode e2e`): lets a test hold a capture at a point, stop
 * the worker there through the DevTools protocol, and run a keyboard command headless Chromium
 * cannot send. The state lives in the worker on purpose: stopping the worker clears it.
 */
interface Gate {
  point: CapturePausePoint | null;
  reached: CapturePausePoint | null;
  release: (() => void) | null;
}
const gate: Gate = { point: null, reached: null, release: null };

export async function e2ePause(point: CapturePausePoint): Promise<void> {
  if (gate.point !== point) return;
  gate.reached = point;
  await new Promise<void>((resolve) => (gate.release = resolve));
}

export function installE2eHooks(hooks: { command: (name: string) => void }): void {
  Object.assign(globalThis, {
    __paperTrailE2E: {
      pauseAt(point: CapturePausePoint | null) {
        gate.point = point;
        gate.reached = null;
      },
      reached: () => gate.reached,
      release() {
        gate.point = null;
        gate.release?.();
      },
      command: hooks.command,
    },
  });
}
