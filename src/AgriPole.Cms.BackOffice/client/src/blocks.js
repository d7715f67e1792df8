// Block list editor: add (from the server-rendered <template> of each allowed element type), remove and move blocks
// in the page, without posting. Without this script the same buttons post the form to ?handler=blocks, which does the
// same on the server and shows the page again. The order of the "{field}.order" inputs is the saved order.
import { initRichText } from './richtext.js';
import { initPickers } from './pickers.js';

function newId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // a version 4 GUID, like the server's Guid.NewGuid()
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function setup(list) {
  const items = list.querySelector(':scope > [data-block-items]');
  const status = list.querySelector(':scope > [data-block-status]');
  const empty = list.querySelector(':scope > [data-block-empty]');
  const max = Number(list.dataset.max || 0);
  const ownButtons = (selector) => Array.from(list.querySelectorAll(selector)).filter((b) => b.closest('[data-block-list]') === list);
  const cards = () => Array.from(items.children).filter((c) => c.matches('[data-block]'));
  const announce = (text) => {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(() => { status.textContent = text || ''; }, 50);
  };

  const refresh = () => {
    const all = cards();
    all.forEach((card, i) => {
      const up = card.querySelector(':scope > .bo-block-head [data-block-move="up"]');
      const down = card.querySelector(':scope > .bo-block-head [data-block-move="down"]');
      if (up) up.disabled = i === 0;
      if (down) down.disabled = i === all.length - 1;
      const number = card.querySelector(':scope > .bo-block-head [data-block-number]');
      if (number) number.textContent = String(i + 1);
    });
    ownButtons('[data-block-add]').forEach((b) => { b.disabled = max > 0 && items.children.length >= max; });
    if (empty) empty.hidden = items.children.length > 0;
  };

  // Script-driven buttons never submit, so Enter in a field keeps meaning "save".
  ownButtons('[data-block-move], [data-block-remove], [data-block-add]').forEach((b) => { b.type = 'button'; });

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || button.closest('[data-block-list]') !== list) return;
    const card = button.closest('[data-block]');
    if (button.dataset.blockMove && card) {
      event.preventDefault();
      const up = button.dataset.blockMove === 'up';
      const sibling = up ? card.previousElementSibling : card.nextElementSibling;
      if (!sibling) return;
      // Move the neighbour rather than the card: the card's rich-text editor and the focused button stay in place.
      if (up) items.insertBefore(sibling, card.nextElementSibling);
      else items.insertBefore(sibling, card);
      refresh();
      (button.disabled ? card.querySelector(`[data-block-move="${up ? 'down' : 'up'}"]`) : button).focus();
      announce(list.dataset.textMoved);
    } else if (button.hasAttribute('data-block-remove') && card) {
      event.preventDefault();
      const next = card.nextElementSibling || card.previousElementSibling;
      card.remove();
      refresh();
      const focusTarget = next ? next.querySelector('[data-block-remove]') : ownButtons('[data-block-add]')[0];
      if (focusTarget) focusTarget.focus();
      announce(list.dataset.textRemoved);
    } else if (button.dataset.blockAdd) {
      event.preventDefault();
      const template = Array.from(list.querySelectorAll(':scope > template[data-block-template]'))
        .find((t) => t.dataset.blockTemplate === button.dataset.blockAdd);
      if (!template) return;
      const holder = document.createElement('template');
      holder.innerHTML = template.innerHTML.replaceAll('__id__', newId());
      const added = holder.content.querySelector('[data-block]');
      if (!added) return;
      items.appendChild(added);
      added.querySelectorAll('[data-block-move], [data-block-remove], [data-block-add]').forEach((b) => { b.type = 'button'; });
      initRichText(added);
      initPickers(added);
      added.querySelectorAll('[data-block-list]').forEach(setup);
      refresh();
      const first = added.querySelector('input:not([type=hidden]), textarea:not([hidden]), select, .ProseMirror');
      if (first) first.focus();
      announce(list.dataset.textAdded);
    }
  });
  refresh();
}

export function initBlocks(root) {
  root.querySelectorAll('[data-block-list]').forEach(setup);
}
