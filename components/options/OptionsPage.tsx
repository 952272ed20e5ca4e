import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getSettings } from '@/lib/db/repos/settings';
import { sendMessage } from '@/lib/messaging/client';
import { patternsForSite, siteOfUrl } from '@/lib/sites/site-of-url';
import { useRepo } from '../common/use-repo';

export function OptionsPage() {
  const { repo, error } = useRepo();
  const settings = useLiveQuery(() => (repo ? getSettings(repo) : undefined), [repo]);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const enable = async () => {
    const site = siteOfUrl(address.includes('://') ? address : `https://${address}`);
    if (!site) return setStatus('That is not a web address.');
    const patterns = patternsForSite(site);
    // Must run in the click's user gesture: the browser asks the user for this one site.
    const granted = await browser.permissions.request({ origins: patterns });
    if (!granted) return setStatus(`Access to ${site} was not granted.`);
    const reply = await sendMessage('sites.enable', { site, patterns });
    setStatus(reply.ok ? `Auto-capture is on for ${site}.` : reply.error.message);
    if (reply.ok) setAddress('');
  };
  const disable = async (site: string) => {
    const reply = await sendMessage('sites.disable', { site });
    setStatus(reply.ok ? `Auto-capture is off for ${site}.` : reply.error.message);
  };

  return (
    <main>
      <h1>Paper Trail settings</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h2>Auto-capture</h2>
      <p className="muted">
        Paper Trail records support chats only on sites you turn on here. Each site asks for its own access.
      </p>
      <ul className="plain" aria-label="Sites with auto-capture">
        {settings?.autoCaptureSites.map((s) => (
          <li key={s.site} className="card row">
            <span className="mono">{s.site}</span>
            <button type="button" onClick={() => void disable(s.site)}>
              Turn off
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void enable();
        }}
      >
        <label>
          Site address{' '}
          <input
            type="text"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            placeholder="shop.example.com"
          />
        </label>
        <button type="submit" className="primary">
          Turn on
        </button>
      </form>
      {status && <p role="status">{status}</p>}
    </main>
  );
}
