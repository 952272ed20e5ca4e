/** A `data:` URL (as captureVisibleTab returns) as a Blob, without fetch. */
export function blobFromDataUrl(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('not a data URL');
  const [, mime, base64, payload] = match;
  if (!base64) return new Blob([decodeURIComponent(payload!)], { type: mime });
  const binary = atob(payload!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}
