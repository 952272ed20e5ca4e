import type { Box, ImageRedactor } from '@/lib/dossier/redact/image-port';

/**
 * Paints the boxes solid black on an OffscreenCanvas and returns a PNG: the pixels under a box
 * are replaced, not blurred, so nothing of them can be recovered from the file.
 */
export const canvasImageRedactor: ImageRedactor = {
  async blackOut(image: Blob, boxes: readonly Box[]): Promise<Blob> {
    const bitmap = await createImageBitmap(image);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to black out the regions.');
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    context.fillStyle = '#000';
    for (const box of boxes) context.fillRect(box.x, box.y, box.width, box.height);
    return canvas.convertToBlob({ type: 'image/png' });
  },
};
