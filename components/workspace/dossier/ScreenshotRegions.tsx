import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { boxFromDrag } from '@/lib/dossier/redact/box-geometry';
import type { Box } from '@/lib/dossier/redact/image-port';

/** A screenshot the user drags rectangles on; each becomes a region blacked out in the export. */
export function ScreenshotRegions({
  blob,
  label,
  boxes,
  onAdd,
}: {
  blob: Blob;
  label: string;
  boxes: readonly Box[];
  onAdd: (box: Box) => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  if (!url) return null;

  const at = (event: PointerEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const finish = (event: PointerEvent<HTMLDivElement>) => {
    const from = start.current;
    start.current = null;
    const image = event.currentTarget.querySelector('img');
    if (!from || !image || !natural) return;
    const box = boxFromDrag(from, at(event), { width: image.clientWidth, height: image.clientHeight }, natural);
    if (box) onAdd(box);
  };
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;

  return (
    <div
      className="redact-shot"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = at(event);
      }}
      onPointerUp={finish}
    >
      <img
        src={url}
        alt={label}
        draggable={false}
        onLoad={(event) =>
          setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })
        }
      />
      {natural &&
        boxes.map((box, index) => (
          <div
            key={index}
            className="redact-box"
            style={{
              left: percent(box.x, natural.width),
              top: percent(box.y, natural.height),
              width: percent(box.width, natural.width),
              height: percent(box.height, natural.height),
            }}
          />
        ))}
    </div>
  );
}
