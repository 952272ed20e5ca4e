import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// waitFor's 1 s default is a timing assumption: on a loaded 2-core CI machine a search over
// 10,000 messages in happy-dom can take longer. Waiting longer changes no outcome, only patience.
configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
