import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { E2E_EXTENSION_DIR, REPO_ROOT } from './paths';

/** The chat content script of the loaded build, as WXT writes it (minified by its production build). */
export const CONTENT_SCRIPT = path.join(E2E_EXTENSION_DIR, 'content-scripts', 'chat.js');

export interface ContentScriptSize {
  file: string;
  bytes: number;
  /** For information: what the browser reads from disk is the plain file. */
  gzipBytes: number;
}

export async function contentScriptSize(): Promise<ContentScriptSize> {
  const body = await readFile(CONTENT_SCRIPT).catch(() => {
    throw new Error(`no ${path.relative(REPO_ROOT, CONTENT_SCRIPT)}: run \`npm run build:e2e\` first`);
  });
  return {
    file: path.relative(REPO_ROOT, CONTENT_SCRIPT),
    bytes: body.byteLength,
    gzipBytes: gzipSync(body).byteLength,
  };
}
