import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILDS, REPO_ROOT } from './support/paths';

/**
 * The suites test built files. Builds each variant that is missing or older than its sources
 * (`npm test` builds them just before, so there this does nothing).
 */
const VARIANTS: { dir: string; args: string[] }[] = [
  { dir: BUILDS.chrome, args: ['wxt', 'build'] },
  { dir: BUILDS.e2e, args: ['wxt', 'build', '--mode', 'e2e'] },
  { dir: BUILDS.firefox, args: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
];

const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export default function globalSetup(): void {
  const sourcesChangedAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(REPO_ROOT, source))));
  for (const variant of VARIANTS) {
    const manifest = path.join(variant.dir, 'manifest.json');
    if (existsSync(manifest) && statSync(manifest).mtimeMs >= sourcesChangedAt) continue;
    console.log(`[e2e] building ${path.relative(REPO_ROOT, variant.dir)}: npx ${variant.args.join(' ')}`);
    const result = spawnSync('npx', variant.args, { cwd: REPO_ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npx ${variant.args.join(' ')} failed (exit ${result.status})`);
  }
}
