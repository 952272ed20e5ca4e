import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * Test hosts the proxy serves over TLS. Chromium upgrades `http://web.whatsapp.com` to https (the
 * name is on its HSTS preload list, enforced while the build is recent: Chromium 156 here,
 * December 2026), so the fake WhatsApp Web is served where the real one is, over https.
 */
export const TLS_TEST_HOSTS: readonly string[] = ['web.whatsapp.com'];

const TLS_DIR = path.join(REPO_ROOT, 'e2e', 'support', 'tls');

/**
 * A self-signed certificate for TLS_TEST_HOSTS (EC P-256, valid until 2126; its key is a test
 * fixture, trusted nowhere). Remade with:
 * `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout test-hosts.key
 * -out test-hosts.crt -days 36500 -subj "/CN=Paper Trail e2e test hosts" -addext
 * "subjectAltName=DNS:web.whatsapp.com"`.
 */
export function testTlsIdentity(): { key: Buffer; cert: Buffer } {
  return {
    key: readFileSync(path.join(TLS_DIR, 'test-hosts.key')),
    cert: readFileSync(path.join(TLS_DIR, 'test-hosts.crt')),
  };
}

/** The certificate's SPKI hash, for Chromium's `--ignore-certificate-errors-spki-list`: only it is trusted. */
export function testTlsSpkiHash(): string {
  const spki = new X509Certificate(testTlsIdentity().cert).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
