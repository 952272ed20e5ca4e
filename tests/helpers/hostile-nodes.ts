/**
 * Elements or attributes that only markup from a hostile-corpus payload could have produced, in
 * a rendered extension page. Our own UI has lucide icons (svg.lucide), screenshot thumbnails (img
 * with a blob: address), forms, inputs and details elements (found here by their handler, script
 * address and style attributes), nothing else of these kinds. e2e/hostile.spec.ts runs the same
 * rule in the browser.
 */
const PAYLOAD_TAGS = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'meta',
  'base',
  'link',
  'style',
  'noscript',
  'template',
  'math',
  'video',
  'audio',
  'source',
  'svg:not(.lucide)',
  'img:not([src^="blob:"])',
].join(', ');

/** Attributes that take an address: a script or data: address in one is the payload's. */
const ADDRESS_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'data',
  'formaction',
  'values',
  'background',
];

export function hostileNodes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll(PAYLOAD_TAGS))) found.push(element.tagName.toLowerCase());
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc') found.push(`${tag}[${name}]`);
      if (ADDRESS_ATTRIBUTES.includes(name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value))
        found.push(`${tag}[${name}=${attribute.value.slice(0, 20)}]`);
      if (name === 'style' && /expression\s*\(|javascript:|url\s*\(|behavior\s*:/i.test(attribute.value))
        found.push(`${tag}[style]`);
    }
  }
  return found;
}
