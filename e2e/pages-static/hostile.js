// Builds the big parts of hostile.html at load, so the repository stays small: 100,000 elements
// and one line of 1 MiB (no line break). `window.hostilePage` says what was built.
(function () {
  'use strict';

  function build(doc) {
    const nodes = doc.getElementById('nodes');
    const fragment = doc.createDocumentFragment();
    // 20,000 rows of 1 + 4 elements: 100,000 elements.
    for (let row = 0; row < 20000; row++) {
      const div = doc.createElement('div');
      for (let cell = 0; cell < 4; cell++) {
        const span = doc.createElement('span');
        span.textContent = cell === 0 ? 'A-' + row + ' ' : 'x ';
        div.append(span);
      }
      fragment.append(div);
    }
    nodes.append(fragment);
    const sentence = 'Refund of $59.99 for order A-10042 within 5 business days <script>window.__pwned=1</script> ';
    const line = doc.getElementById('line');
    line.textContent = sentence.repeat(Math.ceil(1048576 / sentence.length)).slice(0, 1048576);
    // A title far over the stored limit, with markup in it.
    doc.title = '<img src=x onerror="globalThis.__pwned=\'title\'"> '.repeat(20);
    return { elements: doc.querySelectorAll('*').length, lineLength: line.textContent.length };
  }

  window.PaperTrailHostile = { build: build };
})();
