// @vitest-environment happy-dom
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCount } from '@/lib/adapters/detection';
import { genericAdapter } from '@/lib/adapters/generic';
import { ADAPTERS, REGISTRY, detectWidgets, pickAdapter } from '@/lib/adapters/registry';
import { FIXTURE_DIR, FIXTURE_LOCATION, listsOf, loadFixture, parsePage } from '../fixtures/adapters/load';

const vendorEntries = REGISTRY.filter((entry) => entry.adapter !== genericAdapter);

describe('adapter registry', () => {
  it('has unique ids, at least one detection rule and a fixture for every entry', () => {
    const ids = REGISTRY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('generic');
    for (const entry of REGISTRY) {
      expect(ruleCount(entry.detection), entry.id).toBeGreaterThan(0);
      expect(existsSync(resolve(FIXTURE_DIR, `${entry.fixture}.html`)), entry.id).toBe(true);
      expect(entry.name.trim(), entry.id).not.toBe('');
    }
  });

  it('has no fixture that no entry uses (generic-*.html are the generic adapter’s own shapes)', () => {
    const files = readdirSync(FIXTURE_DIR).filter((file) => file.endsWith('.html') && !file.startsWith('generic-'));
    expect(files.sort()).toEqual(REGISTRY.map((entry) => `${entry.fixture}.html`).sort());
  });

  it('lists the seven vendors and two messaging apps with their own reader', () => {
    expect(vendorEntries.map((entry) => entry.id)).toEqual([
      'zendesk',
      'intercom',
      'salesforce',
      'chatwoot',
      'rocketchat',
      'zammad',
      'papercups',
      'whatsapp',
      'telegram',
    ]);
    for (const entry of vendorEntries) expect(entry.adapter.id).toBe(entry.id);
  });

  for (const entry of REGISTRY) {
    it(`detects ${entry.id} in its fixture, and no other widget`, () => {
      const page = loadFixture(entry.fixture);
      expect(detectWidgets(page, FIXTURE_LOCATION).map((found) => found.entry.id)).toEqual([entry.id]);
      expect(pickAdapter(page, FIXTURE_LOCATION)).toBe(entry.adapter);
      for (const other of vendorEntries) {
        const lists = listsOf(other.adapter);
        if (other === entry) expect(lists.length, other.id).toBeGreaterThan(0);
        else expect(lists, `${other.id} in ${entry.id}`).toEqual([]);
      }
    });
  }

  it('recognises each widget by its script or frame host alone', () => {
    let page: Document;
    for (const entry of REGISTRY) {
      for (const host of entry.detection.scriptHosts ?? []) {
        page = parsePage(`<script src="https://${host}/widget.js"></script>`);
        expect(detectWidgets(page, FIXTURE_LOCATION)[0]?.entry.id, host).toBe(entry.id);
      }
      for (const host of entry.detection.frameHosts ?? []) {
        page = parsePage(`<iframe src="https://${host}/chat"></iframe>`);
        expect(detectWidgets(page, FIXTURE_LOCATION)[0]?.entry.id, host).toBe(entry.id);
        page = parsePage('');
        expect(pickAdapter(page, { hostname: host, pathname: '/' }), `inside ${host}`).toBe(entry.adapter);
      }
    }
  });

  it('matches hosts on label boundaries only', () => {
    let page = parsePage('<script src="https://notwidget.intercom.io.evil.test/x.js"></script>');
    expect(detectWidgets(page, FIXTURE_LOCATION)).toEqual([]);
    page = parsePage('<script src="https://eu.client.crisp.chat/l.js"></script>');
    expect(detectWidgets(page, FIXTURE_LOCATION)[0]?.entry.id).toBe('crisp');
  });

  it('counts page globals only when a main-world probe passes them in', () => {
    const page = parsePage('<p>Shop</p>');
    expect(pickAdapter(page, FIXTURE_LOCATION)).toBe(genericAdapter);
    expect(pickAdapter(page, FIXTURE_LOCATION, new Set(['zE']))).toBe(
      REGISTRY.find((e) => e.id === 'zendesk')!.adapter,
    );
  });

  it('prefers the most specific evidence: a container over another vendor’s script', () => {
    const page = parsePage(
      '<script src="https://js.driftt.com/include/1.js"></script><div class="zammad-chat"><div class="zammad-chat-body"></div></div>',
    );
    const found = detectWidgets(page, FIXTURE_LOCATION).map((f) => f.entry.id);
    expect(found).toEqual(['zammad', 'drift']);
    expect(pickAdapter(page, FIXTURE_LOCATION).id).toBe('zammad');
  });

  it('falls back to the generic adapter, and ignores selectors or URLs it cannot parse', () => {
    const page = parsePage('<div role="log"></div><script src="http://[bad"></script><iframe src="::"></iframe>');
    expect(pickAdapter(page, FIXTURE_LOCATION)).toBe(genericAdapter);
  });

  it('runs the vendor readers first and the generic adapter last', () => {
    expect(ADAPTERS.map((adapter) => adapter.id)).toEqual([
      'zendesk',
      'intercom',
      'salesforce',
      'chatwoot',
      'rocketchat',
      'zammad',
      'papercups',
      'generic',
    ]);
  });
});
