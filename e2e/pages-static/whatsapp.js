// The fake WhatsApp Web's state: two chats, each with its history; the open one renders in #main.
(() => {
  const chats = {
    'Acme Support': {
      jid: '15551230000@c.us',
      messages: [
        { out: true, text: 'Hi, order 48213 never arrived.' },
        { out: false, text: 'Sorry! We will refund within 5 business days.' },
      ],
    },
    Mom: {
      jid: '972501234567@c.us',
      messages: [
        { out: false, text: 'Call me when you land' },
        { out: true, text: 'Will do' },
      ],
    },
  };
  let seq = 0;
  for (const chat of Object.values(chats))
    for (const m of chat.messages) m.id = `3EB0${(++seq).toString(16).padStart(8, '0')}`;
  const params = new URLSearchParams(location.search);
  let open = params.get('chat') || 'Acme Support';

  const side = document.getElementById('pane-side');
  const title = document.getElementById('title');
  const list = document.getElementById('list');

  function row(chatName, m) {
    const chat = chats[chatName];
    const r = document.createElement('div');
    r.setAttribute('role', 'row');
    const item = document.createElement('div');
    item.setAttribute('data-id', `${m.out}_${chat.jid}_${m.id}`);
    const bubble = document.createElement('div');
    bubble.className = m.out ? 'message-out' : 'message-in';
    const copy = document.createElement('div');
    copy.className = 'copyable-text';
    copy.setAttribute('data-pre-plain-text', `[10:0${seq % 10}, 11/22/2025] ${m.out ? 'Me' : chatName}: `);
    const text = document.createElement('span');
    text.className = 'selectable-text copyable-text';
    text.textContent = m.text;
    copy.append(text);
    bubble.append(copy);
    item.append(bubble);
    r.append(item);
    return r;
  }

  function render() {
    side.replaceChildren(
      ...Object.entries(chats).map(([name, chat]) => {
        const r = document.createElement('div');
        r.setAttribute('role', 'row');
        r.textContent = `${name} ${chat.messages.at(-1)?.text ?? ''}`;
        return r;
      }),
    );
    // In place: the same #main, header and list elements get the other chat's contents.
    title.textContent = open;
    list.replaceChildren(...chats[open].messages.map((m) => row(open, m)));
  }

  window.__wa = {
    open(name) {
      open = name;
      render();
    },
    say(name, text, out = false) {
      const m = { out, text, id: `3EB0${(++seq).toString(16).padStart(8, '0')}` };
      chats[name].messages.push(m);
      if (name === open) list.append(row(name, m));
      render();
    },
    jid: (name) => chats[name].jid,
  };
  render();
})();
