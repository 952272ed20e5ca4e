/**
 * The template language, kept tiny:
 *
 * - `{slot}` — a slot's value (see `slots.ts`); a missing value renders as a visible blank.
 * - `{~masculine|feminine|neutral}` — one of three wordings by the user's grammatical form; each
 *   may hold slots and optional parts.
 * - `[[ … ]]` — an optional part: dropped whole when any slot inside it has no value. Put the
 *   space or line break that separates it from what comes before inside the brackets.
 *
 * Everything else is literal text. `{`, `}`, `|` (inside a choice) and `[[`/`]]` have no escape:
 * templates do not need them as text.
 */
export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'slot'; name: string }
  | { type: 'choice'; branches: readonly [TemplateNode[], TemplateNode[], TemplateNode[]] }
  | { type: 'optional'; body: TemplateNode[] };

export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
}

type Stop = '|' | '}' | ']]';

function parseSequence(source: string, start: number, stops: readonly Stop[]): [TemplateNode[], number] {
  const nodes: TemplateNode[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) nodes.push({ type: 'text', text });
    text = '';
  };
  while (i < source.length) {
    const stop = stops.find((s) => source.startsWith(s, i));
    if (stop) break;
    if (source.startsWith('[[', i)) {
      flush();
      const [body, end] = parseSequence(source, i + 2, [']]']);
      if (!source.startsWith(']]', end)) throw new TemplateSyntaxError(`"[[" at ${i} is never closed`);
      nodes.push({ type: 'optional', body });
      i = end + 2;
    } else if (source[i] === '{' && source[i + 1] === '~') {
      flush();
      const branches: TemplateNode[][] = [];
      let at = i + 2;
      for (;;) {
        const [branch, end] = parseSequence(source, at, ['|', '}']);
        branches.push(branch);
        if (source[end] === '|') at = end + 1;
        else if (source[end] === '}') {
          at = end + 1;
          break;
        } else throw new TemplateSyntaxError(`"{~" at ${i} is never closed`);
      }
      if (branches.length !== 3) {
        throw new TemplateSyntaxError(`the choice at ${i} has ${branches.length} wordings, not 3`);
      }
      nodes.push({ type: 'choice', branches: [branches[0]!, branches[1]!, branches[2]!] });
      i = at;
    } else if (source[i] === '{') {
      flush();
      const end = source.indexOf('}', i);
      const name = end === -1 ? '' : source.slice(i + 1, end);
      if (!/^[A-Za-z]+$/.test(name)) throw new TemplateSyntaxError(`bad slot at ${i}: "${source.slice(i, i + 20)}"`);
      nodes.push({ type: 'slot', name });
      i = end + 1;
    } else if (source[i] === '}' || source.startsWith(']]', i)) {
      throw new TemplateSyntaxError(`unexpected "${source[i]}" at ${i}`);
    } else {
      text += source[i];
      i += 1;
    }
  }
  flush();
  return [nodes, i];
}

export function parseTemplate(source: string): TemplateNode[] {
  const [nodes, end] = parseSequence(source, 0, []);
  if (end !== source.length) throw new TemplateSyntaxError(`unexpected "${source[end]}" at ${end}`);
  return nodes;
}

/** Every slot name a template uses, in any wording. */
export function slotsOf(nodes: readonly TemplateNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'slot') return [node.name];
    if (node.type === 'optional') return slotsOf(node.body);
    if (node.type === 'choice') return node.branches.flatMap(slotsOf);
    return [];
  });
}
