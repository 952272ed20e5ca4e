import { describe, expect, it } from 'vitest';
import { addWholeConversation, CaptureNotFoundError, CONVERSATION_FILE_NAME } from '@/lib/capture/add-conversation';
import { pixelScale, planScrollPositions, SHOT_INTERVAL_MS, stitchLayout } from '@/lib/capture/conversation-plan';
import type { ScrollerFound, TopLayout } from '@/lib/capture/conversation-probe';
import { runCapture, type CapturePorts } from '@/lib/capture/run-capture';
import { captureWholeConversation, chooseScroller, type ConversationPorts } from '@/lib/capture/whole-conversation';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { freshRepo } from '../helpers/repo';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const box = { left: 10, top: 50, width: 200, height: 300 };
const found = (over: Partial<ScrollerFound> = {}): ScrollerFound => ({
  url: 'https://shop.example/help',
  score: 4,
  scrollTop: 0,
  scrollHeight: 1000,
  clientHeight: 300,
  box,
  ...over,
});
const layout: TopLayout = {
  viewport: { width: 800, height: 600 },
  frames: [{ src: 'https://widget.example/chat', left: 400, top: 100, width: 300, height: 400 }],
};

/** A chat list of `height` pixels scrolled by the fakes, and a clock the fakes advance. */
function fakeList(height: number, start: number, over: Partial<ConversationPorts> = {}) {
  const state = { scrollTop: start, clock: 0 };
  const shotTimes: number[] = [];
  const shotTops: number[] = [];
  const view = (): ScrollerFound => found({ scrollTop: state.scrollTop, scrollHeight: height });
  const ports: ConversationPorts = {
    findScrollers: async () => [{ frameId: 0, found: view() }],
    topLayout: async () => layout,
    scrollTo: async (_tab, _frame, top) => {
      state.scrollTop = Math.max(0, Math.min(top, height - 300));
      const { url: _url, score: _score, ...rest } = view();
      return rest;
    },
    screenshot: async () => {
      shotTimes.push(state.clock);
      shotTops.push(state.scrollTop);
      return new Blob(['png'], { type: 'image/png' });
    },
    imageWidth: async () => 1600,
    stitch: async (shots, plan) => new Blob([JSON.stringify({ shots: shots.length, plan })], { type: 'image/png' }),
    sleep: async (ms) => {
      state.clock += ms;
    },
    now: () => state.clock,
    ...over,
  };
  return { ports, state, shotTimes, shotTops };
}

describe('whole-conversation plan', () => {
  it('covers the list one view at a time, the last view flush with the bottom', () => {
    expect(planScrollPositions(1000, 300)).toEqual({ positions: [0, 300, 600, 700], truncated: false });
    expect(planScrollPositions(300, 300)).toEqual({ positions: [0], truncated: false });
    expect(planScrollPositions(900, 300)).toEqual({ positions: [0, 300, 600], truncated: false });
  });

  it('stops at the shot limit and says the image is cut', () => {
    const plan = planScrollPositions(100_000, 300, 5);
    expect(plan.positions).toEqual([0, 300, 600, 900, 1200]);
    expect(plan.truncated).toBe(true);
  });

  it('lays each shot’s list box at its scroll offset, in screenshot pixels', () => {
    expect(pixelScale(1600, 800)).toBe(2);
    const layout = stitchLayout([{ scrollTop: 0 }, { scrollTop: 300 }, { scrollTop: 700 }], box, 1000, 2, {
      width: 800,
      height: 600,
    });
    expect(layout).toMatchObject({ width: 400, height: 2000, cut: false });
    expect(layout.pieces.map((p) => [p.shot, p.sx, p.sy, p.sw, p.sh, p.dy])).toEqual([
      [0, 20, 100, 400, 600, 0],
      [1, 20, 100, 400, 600, 600],
      [2, 20, 100, 400, 600, 1400],
    ]);
  });

  it('crops a list that is partly off screen and cuts an image taller than the limit', () => {
    const layout = stitchLayout([{ scrollTop: 0 }], { left: -50, top: 500, width: 200, height: 300 }, 5000, 1, {
      width: 800,
      height: 600,
    });
    expect(layout.pieces[0]).toMatchObject({ sx: 0, sy: 500, sw: 150, sh: 100 });
    expect(stitchLayout([{ scrollTop: 0 }], box, 50_000, 1, { width: 800, height: 600 }, 30_000).cut).toBe(true);
  });

  it('prefers the most chat-like list and places a frame’s list by the frame’s box', () => {
    const chosen = chooseScroller(
      [
        { frameId: 0, found: found({ score: 1 }) },
        { frameId: 3, found: found({ url: 'https://widget.example/chat', score: 6 }) },
        { frameId: 4, found: found({ url: 'https://unplaced.example/', score: 9 }) },
      ],
      layout,
    );
    expect(chosen).toMatchObject({ frameId: 3, offset: { left: 400, top: 100 } });
    expect(chooseScroller([], layout)).toBeNull();
  });
});

describe('captureWholeConversation', () => {
  it('shoots top to bottom under two a second and puts the scroll position back', async () => {
    const { ports, state, shotTimes, shotTops } = fakeList(1000, 420);
    const whole = await captureWholeConversation(ports, 1, 1);
    expect(whole).toMatchObject({ shots: 4, truncated: false });
    expect(shotTops).toEqual([0, 300, 600, 700]);
    for (let i = 1; i < shotTimes.length; i++) {
      expect(shotTimes[i]! - shotTimes[i - 1]!).toBeGreaterThanOrEqual(SHOT_INTERVAL_MS);
    }
    expect(state.scrollTop).toBe(420);
    const plan = JSON.parse(await whole!.png.text()) as { plan: { height: number; width: number } };
    expect(plan.plan).toMatchObject({ width: 400, height: 2000 });
  });

  it('puts the scroll position back when a screenshot fails', async () => {
    let calls = 0;
    const { ports, state } = fakeList(1000, 250, {
      screenshot: async () => {
        if (++calls === 2) throw new Error('tab closed');
        return new Blob(['png']);
      },
    });
    await expect(captureWholeConversation(ports, 1, 1)).rejects.toThrow('tab closed');
    expect(state.scrollTop).toBe(250);
  });

  it('returns null when no list scrolls', async () => {
    const { ports } = fakeList(1000, 0, { findScrollers: async () => [] });
    expect(await captureWholeConversation(ports, 1, 1)).toBeNull();
  });
});

describe('addWholeConversation', () => {
  const url = 'https://shop.example/help';
  const capturePorts = (conversation?: ConversationPorts): CapturePorts => ({
    tab: async (id) => ({ id, windowId: 1, url, title: 'Help' }),
    screenshot: async () => PNG,
    pageArchive: async () => null,
    probe: async () => [],
    ...(conversation ? { conversation } : {}),
  });

  it('adds the stitched image to the capture’s case in one logged step, once', async () => {
    const { repo, db } = await freshRepo();
    const { ports } = fakeList(1000, 0);
    const capture = await runCapture(repo, capturePorts(ports), 5);
    const added = await addWholeConversation(repo, capturePorts(ports), 5, capture.captureId);
    expect(added).toMatchObject({ found: true, shots: 4, truncated: false, alreadySaved: false });
    const item = await db.evidence.get(added.itemId!);
    expect(item).toMatchObject({
      caseId: capture.caseId,
      captureId: capture.captureId,
      fileName: CONVERSATION_FILE_NAME,
    });
    const events = await listCaseEvents(repo, capture.caseId);
    expect(events.at(-1)).toMatchObject({ type: 'evidence.added', payload: { wholeConversation: true, shots: 4 } });
    expect((await verifyCaseLog(repo, capture.caseId)).ok).toBe(true);

    const again = await addWholeConversation(repo, capturePorts(ports), 5, capture.captureId);
    expect(again).toMatchObject({ found: true, itemId: added.itemId, shots: 4, alreadySaved: true });
    expect(await db.evidence.where('captureId').equals(capture.captureId).count()).toBe(2);
  });

  it('refuses an undone capture and says so when the page has no scrolling chat', async () => {
    const { repo } = await freshRepo();
    await expect(addWholeConversation(repo, capturePorts(), 5, 'no-such-capture')).rejects.toBeInstanceOf(
      CaptureNotFoundError,
    );
    const capture = await runCapture(repo, capturePorts(), 5);
    expect(await addWholeConversation(repo, capturePorts(), 5, capture.captureId)).toMatchObject({ found: false });
    const { ports } = fakeList(1000, 0, { findScrollers: async () => [] });
    expect(await addWholeConversation(repo, capturePorts(ports), 5, capture.captureId)).toMatchObject({
      found: false,
    });
  });
});
