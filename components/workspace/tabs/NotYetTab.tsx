/** An honest "not in this version" for sections that later releases fill. */
export function NotYetTab({ text }: { text: string }) {
  return <p className="empty">{text}</p>;
}
