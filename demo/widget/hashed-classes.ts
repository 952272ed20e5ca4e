/** Class names like real widgets ship them: hashed, different on every page load. */
export function hashedClasses<const K extends string>(names: readonly K[]): Record<K, string> {
  const salt = Math.random().toString(36).slice(2, 6);
  return Object.fromEntries(
    names.map((name, i) => [name, `sc-${salt}${(i * 7919 + name.length * 104729).toString(36).slice(-4)}`]),
  ) as Record<K, string>;
}
