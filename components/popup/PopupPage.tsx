import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { listCases } from '@/lib/db/repos/cases';
import { useRepo } from '../common/use-repo';

export function PopupPage() {
  const { repo, error } = useRepo();
  const cases = useLiveQuery(() => (repo ? listCases(repo) : Promise.resolve([])), [repo]);
  const openWorkspace = async () => {
    const window = await browser.windows.getCurrent();
    if (browser.sidePanel && window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
    else await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  };
  return (
    <main style={{ minInlineSize: 320 }}>
      <h1>Paper Trail</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="muted">{cases ? `${cases.length} case(s) on this computer.` : 'Loading…'}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void openWorkspace()}>
          Open workspace
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
    </main>
  );
}
