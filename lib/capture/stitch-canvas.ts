import type { ConversationShot, StitchLayout } from './conversation-plan';

/** Draws the pieces of each shot onto one PNG (OffscreenCanvas: the worker has no DOM). */
export async function stitchOnCanvas(shots: readonly ConversationShot[], layout: StitchLayout): Promise<Blob> {
  const canvas = new OffscreenCanvas(Math.max(1, layout.width), Math.max(1, layout.height));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the stitched conversation.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const piece of layout.pieces) {
    const shot = shots[piece.shot];
    if (!shot) continue;
    const bitmap = await createImageBitmap(shot.png);
    try {
      context.drawImage(bitmap, piece.sx, piece.sy, piece.sw, piece.sh, 0, piece.dy, piece.sw, piece.sh);
    } finally {
      bitmap.close();
    }
  }
  return canvas.convertToBlob({ type: 'image/png' });
}

export async function imageWidthOf(png: Blob): Promise<number> {
  const bitmap = await createImageBitmap(png);
  const width = bitmap.width;
  bitmap.close();
  return width;
}
