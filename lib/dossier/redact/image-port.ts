/** A region of an image in its own pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Paints solid black boxes over an image and returns the new image (PNG). The extension page
 * implements it with a canvas; tests pass a fake. The pixels under a box are gone, not blurred.
 */
export interface ImageRedactor {
  blackOut(image: Blob, boxes: readonly Box[]): Promise<Blob>;
}
