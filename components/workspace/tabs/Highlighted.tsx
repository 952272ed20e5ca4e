import { splitByRanges, type TextRange } from '@/lib/transcript/search';

/**
 * A text with search matches in <mark>: the text is cut into React text nodes, so page text
 * can never become markup. Without ranges it is the text itself.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] | undefined }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
