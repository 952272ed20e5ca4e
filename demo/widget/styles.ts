/** The widget's look: one style sheet over per-load hashed class names. */
export const CLASS_NAMES = [
  'shell',
  'header',
  'headAvatar',
  'presence',
  'headText',
  'headName',
  'headSub',
  'minimize',
  'list',
  'row',
  'mine',
  'groupStart',
  'avatar',
  'avatarOff',
  'col',
  'name',
  'bubble',
  'meta',
  'notice',
  'day',
  'typingBar',
  'dots',
  'srOnly',
  'composer',
  'input',
  'send',
  'sendText',
  'launcher',
  'badge',
  'viewport',
  'spacer',
  'slot',
] as const;

export type ClassName = (typeof CLASS_NAMES)[number];
export type Classes = Record<ClassName, string>;

export function widgetCss(c: Classes, accent: string): string {
  return `
.${c.shell}{--accent:${accent};box-sizing:border-box;display:flex;flex-direction:column;height:100%;background:#f6f7f9;color:#1d2228;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;border-radius:16px;overflow:hidden}
.${c.shell} *{box-sizing:border-box}
.${c.shell}[hidden]{display:none}
.${c.header}{display:flex;align-items:center;gap:10px;padding:14px 14px 14px 16px;background:var(--accent);color:#fff;flex:none}
.${c.headAvatar}{position:relative;width:38px;height:38px;border-radius:50%;background:rgba(255,255,255,.2);display:grid;place-items:center;font-weight:650;font-size:16px;flex:none}
.${c.presence}{position:absolute;inset-block-end:0;inset-inline-end:0;width:10px;height:10px;border-radius:50%;background:#3ccf7a;border:2px solid var(--accent)}
.${c.headText}{display:flex;flex-direction:column;min-width:0}
.${c.headName}{font-weight:650;font-size:15px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${c.headSub}{font-size:12px;opacity:.82}
.${c.minimize}{margin-inline-start:auto;width:32px;height:32px;border:0;border-radius:8px;background:transparent;color:inherit;cursor:pointer;display:grid;place-items:center}
.${c.minimize}:hover{background:rgba(255,255,255,.14)}
.${c.list}{flex:1;overflow-y:auto;padding:14px 12px 8px;display:flex;flex-direction:column;gap:3px;overscroll-behavior:contain}
.${c.row}{display:flex;align-items:flex-end;gap:8px}
.${c.mine}{flex-direction:row-reverse}
.${c.groupStart}{margin-top:10px}
.${c.avatar}{width:28px;height:28px;border-radius:50%;background:color-mix(in srgb,var(--accent) 16%,#fff);color:var(--accent);display:grid;place-items:center;font-weight:650;font-size:12px;flex:none}
.${c.avatarOff}{visibility:hidden}
.${c.col}{display:flex;flex-direction:column;align-items:flex-start;max-width:78%;min-width:0}
.${c.mine} .${c.col}{align-items:flex-end}
.${c.name}{font-size:12px;color:#5d6671;margin:0 6px 3px}
.${c.bubble}{padding:8px 12px;border-radius:16px;background:#fff;border:1px solid #e5e8ec;white-space:pre-wrap;overflow-wrap:anywhere}
.${c.mine} .${c.bubble}{background:var(--accent);border-color:var(--accent);color:#fff}
.${c.meta}{font-size:11px;color:#8a929c;margin:3px 6px 0}
.${c.notice}{align-self:center;margin:10px 0 4px;padding:3px 12px;border-radius:999px;background:#eaedf1;color:#5d6671;font-size:12px;text-align:center}
.${c.day}{align-self:center;margin:14px 0 4px;color:#8a929c;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.${c.typingBar}{flex:none;min-height:22px;padding:0 16px 4px;color:#6b7480;font-size:12px}
.${c.dots}{display:inline-flex;gap:4px;padding:12px 14px;border-radius:16px;background:#fff;border:1px solid #e5e8ec}
.${c.dots} i{width:6px;height:6px;border-radius:50%;background:#a5adb6;animation:${c.dots}-b 1.2s infinite ease-in-out}
.${c.dots} i:nth-child(2){animation-delay:.15s}.${c.dots} i:nth-child(3){animation-delay:.3s}
@keyframes ${c.dots}-b{0%,80%,100%{opacity:.35;transform:translateY(0)}40%{opacity:1;transform:translateY(-3px)}}
.${c.srOnly}{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.${c.composer}{flex:none;display:flex;align-items:flex-end;gap:8px;padding:10px 12px 12px;background:#fff;border-top:1px solid #e5e8ec}
.${c.input}{flex:1;min-width:0;min-height:40px;max-height:120px;margin:0;padding:9px 14px;border:1px solid #d4d9df;border-radius:20px;background:#fff;color:inherit;font:inherit;line-height:20px;resize:none;overflow:auto;outline:none;white-space:pre-wrap}
.${c.input}:focus{border-color:var(--accent);box-shadow:0 0 0 3px color-mix(in srgb,var(--accent) 18%,transparent)}
.${c.input}:empty::before{content:attr(data-placeholder);color:#98a0a9;pointer-events:none}
.${c.input}::placeholder{color:#98a0a9}
.${c.send}{flex:none;height:40px;min-width:40px;border:0;border-radius:20px;background:var(--accent);color:#fff;font:inherit;font-weight:600;cursor:pointer;display:grid;place-items:center}
.${c.sendText}{padding:0 16px}
.${c.send}:disabled{opacity:.4;cursor:default}
.${c.send} svg{width:18px;height:18px}
[dir=rtl] .${c.send} svg{transform:scaleX(-1)}
.${c.launcher}{width:60px;height:60px;border:0;border-radius:50%;background:${accent};color:#fff;cursor:pointer;display:grid;place-items:center;position:relative}
.${c.launcher}[hidden]{display:none}
.${c.launcher} svg{width:28px;height:28px}
.${c.badge}{position:absolute;inset-block-start:-2px;inset-inline-end:-2px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#d93a2b;color:#fff;font:600 11px/20px system-ui,sans-serif}
.${c.badge}:empty{display:none}
.${c.viewport}{flex:1;overflow-y:auto;position:relative;overscroll-behavior:contain}
.${c.spacer}{position:relative;width:100%}
.${c.slot}{position:absolute;inset-inline:0;top:0;padding:2px 12px;display:flex;flex-direction:column}
.${c.slot}[hidden]{display:none}
`;
}
