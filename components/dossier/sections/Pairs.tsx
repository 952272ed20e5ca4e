import type { ReactNode } from 'react';

/** A label–value list; rows with no value are left out. */
export function Pairs({ rows }: { rows: readonly (readonly [string, ReactNode] | null)[] }) {
  return (
    <dl className="dossier-pairs">
      {rows
        .filter((row): row is readonly [string, ReactNode] => row !== null)
        .map(([label, value]) => (
          <div key={label} className="dossier-pair">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function Nothing({ text }: { text: string }) {
  return <p className="muted">{text}</p>;
}
