// A minimal support-chat widget for the end-to-end tests: a role="log" transcript that can be
// mounted in a document, in an iframe's document (filled from its parent) or in a shadow root.
// Tests drive it through `window.testChat` (see e2e/pages/chat-page.ts).
(function () {
  'use strict';

  function labelFromUrl(fallback) {
    return new URLSearchParams(location.search).get('label') || fallback;
  }

  function mountChat(container, label) {
    const doc = container.ownerDocument || container;
    const title = doc.createElement('h2');
    title.textContent = 'Support chat (' + label + ')';
    let log = doc.createElement('div');
    log.setAttribute('role', 'log');
    log.setAttribute('aria-label', 'Conversation with support');
    log.className = 'chat-log';
    container.append(title, log);

    function item(role, text, extra) {
      const message = doc.createElement('div');
      message.className = 'msg ' + role;
      if (extra && extra.name) {
        const name = doc.createElement('span');
        name.className = 'author-name';
        name.textContent = extra.name;
        message.append(name);
      }
      const body = doc.createElement('p');
      body.textContent = text;
      message.append(body);
      if (extra && extra.time) {
        const time = doc.createElement('time');
        time.textContent = extra.time;
        message.append(time);
      }
      return message;
    }

    const api = {
      label: label,
      say: function (role, text, extra) {
        log.append(item(role, text, extra));
        return log.children.length;
      },
      /** A framework re-render: same content, every message element replaced. */
      rerender: function () {
        const html = log.innerHTML;
        log.innerHTML = html;
      },
      /** A bigger re-render: the whole list element is replaced by a copy. */
      replaceList: function () {
        const copy = log.cloneNode(true);
        log.replaceWith(copy);
        log = copy;
      },
      count: function () {
        return log.children.length;
      },
    };
    api.say('agent', 'Hello, this is Dana from billing (' + label + ').', { name: 'Dana', time: '10:01' });
    api.say('customer', 'My order A-10042 is late (' + label + ').');
    return api;
  }

  window.PaperTrailTest = { mountChat: mountChat, labelFromUrl: labelFromUrl };
})();
