/**
 * Which way an arrow key moves in the evidence viewer: the arrow pointing the way the text reads
 * goes to the next item, so in Hebrew (right to left) ArrowLeft is "next".
 */
export function stepForKey(key: string, dir: 'ltr' | 'rtl'): -1 | 0 | 1 {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return 1;
  if (key === backward) return -1;
  return 0;
}
