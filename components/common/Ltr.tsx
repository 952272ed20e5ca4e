import type { HTMLAttributes } from 'react';

/** Order numbers, hashes, URLs: left-to-right and isolated, also inside Hebrew text. */
export function Ltr(props: HTMLAttributes<HTMLElement>) {
  return <bdi dir="ltr" {...props} />;
}
