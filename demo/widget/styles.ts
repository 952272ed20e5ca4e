import type { hashedClasses } from './hashed-classes';

export const CLASS_NAMES = [
  'shell',
  'header',
  'avatar',
  'headerText',
  'title',
  'agent',
  'list',
  'row',
  'rowMine',
  'rowSystem',
  'bubble',
  'bubbleMine',
  'name',
  'time',
  'composer',
  'input',
  'send',
  'typing',
  'you',
  'viewport',
  'spacer',
] as const;
export type Classes = ReturnType<typeof hashedClasses<(typeof CLASS_NAMES)[number]>>;

export function widgetCss(c: Classes): string {
  return `
.${c.shell}{font:14px/1.45 system-ui,'Segoe UI',Arial,sans-serif;color:#1e2328;background:#fff;display:flex;flex-direction:column;height:100%;min-height:420px;border-radius:14px;overflow:hidden;box-shadow:0 10px 30px rgba(20,30,40,.18);border:1px solid #e3e6ea}
.${c.header}{display:flex;gap:10px;align-items:center;padding:12px 14px;background:#24495f;color:#fff}
.${c.avatar}{width:30px;height:30px;border-radius:50%;background:#f0b35a;color:#24495f;display:grid;place-items:center;font-weight:700;flex:none}
.${c.headerText}{display:flex;flex-direction:column}
.${c.title}{font-weight:600}
.${c.agent}{font-size:12px;opacity:.85}
.${c.list}{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:6px;background:#f6f7f9}
.${c.row}{display:flex;gap:8px;align-items:flex-end}
.${c.rowMine}{flex-direction:row-reverse}
.${c.rowSystem}{justify-content:center;color:#6b7480;font-size:12px}
.${c.bubble}{max-width:78%;padding:7px 11px;border-radius:14px;background:#fff;border:1px solid #e3e6ea}
.${c.bubbleMine}{background:#24495f;color:#fff;border-color:#24495f}
.${c.name}{font-size:12px;font-weight:600;color:#24495f;margin-bottom:2px}
.${c.time}{font-size:11px;opacity:.65;margin-top:2px}
.${c.you}{font-size:11px;opacity:.8}
.${c.typing}{font-size:12px;color:#6b7480;padding:0 14px 6px;min-height:18px;background:#f6f7f9}
.${c.composer}{display:flex;gap:8px;padding:10px;border-top:1px solid #e3e6ea;background:#fff}
.${c.input}{flex:1;border:1px solid #cfd5dc;border-radius:10px;padding:8px 10px;font:inherit;min-height:38px;max-height:120px;overflow:auto;resize:none;outline-color:#24495f}
.${c.send}{border:0;border-radius:10px;background:#e0a23a;color:#1e2328;font-weight:700;padding:0 14px;cursor:pointer}
.${c.viewport}{position:relative;flex:1;overflow-y:auto;background:#f6f7f9}
.${c.spacer}{position:relative}
`;
}
