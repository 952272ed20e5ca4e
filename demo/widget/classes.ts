/**
 * Class names as real widgets ship them: hashed, different on every page load, meaningless.
 * The alphabet has no vowels, so no name ever spells a word an adapter could take as a hint.
 */
const ALPHABET = 'bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ0123456789';

export function hashedClasses<const K extends string>(prefix: string, names: readonly K[]): Record<K, string> {
  const used = new Set<string>();
  const next = (): string => {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    const name = prefix + Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
    return used.has(name) || /^[0-9]/.test(name) ? next() : (used.add(name), name);
  };
  return Object.fromEntries(names.map((name) => [name, next()])) as Record<K, string>;
}
