/**
 * A short line the user sends to someone else (themselves by e-mail, the company): once it
 * has left the machine, it shows the log existed with this root hash by that time.
 */
export interface WitnessInput {
  caseId: string;
  caseTitle: string;
  rootHash: string;
  eventCount: number;
  at: number;
}

export function formatWitnessLine({ caseId, caseTitle, rootHash, eventCount, at }: WitnessInput): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const title = caseTitle.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return `Paper Trail witness · case "${title}" (${caseId}) · ${eventCount} events · root SHA-256 ${rootHash} · ${new Date(at).toISOString()}`;
}
