import { readdir, readFile, writeFile } from 'node:fs/promises';

/**
 * Memory of the extension's renderer process as the operating system reports it (Linux /proc).
 * Chromium's DevTools protocol offers no process memory: `SystemInfo.getProcessInfo` gives each
 * process's type, id and CPU time only, and `Performance.getMetrics` / `Runtime.getHeapUsage`
 * give the V8 heap of one page, which leaves out ArrayBuffer backing stores, where the export's
 * bytes live. So the bench finds the process by its command line and reads its resident set.
 */

async function cmdline(pid: number): Promise<string> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
}

async function parentOf(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/**
 * The renderer processes Chromium started for the extension (`--extension-process`) under the
 * browser launched with `--load-extension=<extensionDir>`: its pages and service worker share one.
 */
export async function extensionRendererPids(extensionDir: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const parents = new Map<number, number | null>();
  await Promise.all(pids.map(async (pid) => parents.set(pid, await parentOf(pid))));
  const browsers: number[] = [];
  for (const pid of pids) {
    const line = await cmdline(pid);
    if (line.includes(`--load-extension=${extensionDir}`) && !line.includes('--type=')) browsers.push(pid);
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid); p; p = parents.get(p)) if (browsers.includes(p)) return true;
    return false;
  };
  const found: number[] = [];
  for (const pid of pids) {
    if (!descends(pid)) continue;
    const line = await cmdline(pid);
    if (line.includes('--type=renderer') && line.includes('--extension-process')) found.push(pid);
  }
  return found;
}

/** Resident set now and its peak since the last reset, in bytes. */
export async function processMemory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Resets the process's peak resident set (`VmHWM`) to its current size (`clear_refs` 5). */
export async function resetPeak(pid: number): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}
