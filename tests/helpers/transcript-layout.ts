/**
 * happy-dom does no layout: the Transcript's viewport gets a height, a scroll height (its list's)
 * and a browser's scrolling (clamped, with a scroll event after it), and each row a size, so the
 * virtualised list renders the window a browser would.
 */
const isViewport = (el: HTMLElement) => el.classList.contains('transcript-viewport');
const listHeight = (el: HTMLElement) =>
  Number.parseFloat((el.firstElementChild as HTMLElement | null)?.style.blockSize ?? '') || 0;
const scrollTops = new WeakMap<HTMLElement, number>();
const NAMES = ['clientHeight', 'offsetHeight', 'scrollHeight', 'scrollTop'] as const;
let saved: (readonly [string, PropertyDescriptor | undefined])[] = [];

export function installTranscriptLayout({ viewportPx, rowPx }: { viewportPx: number; rowPx: number }) {
  saved = NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
  const inherited = (name: string) => {
    for (let proto: object | null = Element.prototype; proto; proto = Object.getPrototypeOf(proto) as object | null) {
      const found = Object.getOwnPropertyDescriptor(proto, name);
      if (found) return found;
    }
    throw new Error(`no ${name}`);
  };
  const scrollTop = inherited('scrollTop');
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isViewport(this) ? viewportPx : 0;
      },
    },
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('transcript-row') ? rowPx : 0;
      },
    },
    scrollHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isViewport(this) ? Math.max(viewportPx, listHeight(this)) : 0;
      },
    },
    scrollTop: {
      configurable: true,
      get(this: HTMLElement) {
        return isViewport(this) ? (scrollTops.get(this) ?? 0) : (scrollTop.get!.call(this) as number);
      },
      set(this: HTMLElement, value: number) {
        if (!isViewport(this)) return scrollTop.set!.call(this, value);
        const top = Math.max(0, Math.min(value, this.scrollHeight - viewportPx));
        if (top === scrollTops.get(this)) return;
        scrollTops.set(this, top);
        setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
      },
    },
  });
}

export function removeTranscriptLayout() {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else Reflect.deleteProperty(HTMLElement.prototype, name);
  }
}
