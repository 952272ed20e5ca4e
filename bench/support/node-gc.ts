import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Collects garbage before a timed section of a Node-side benchmark. tsx starts Node without
 * `--expose-gc`; setting the flag at run time and reading `gc` from a new context gives it anyway.
 */
export function collectNodeGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
