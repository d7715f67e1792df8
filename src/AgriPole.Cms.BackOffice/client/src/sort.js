// Sorting pages by drag and drop (HTML5 DnD): the editor's children table and the sibling lists of the content tree.
// The drop posts the whole new order to the same sort handler as the up/down buttons (?handler=sort, antiforgery
// field from the page); the buttons stay the keyboard way. Only siblings are reordered: moving is another action.
function token() {
  const field = document.querySelector('input[name="__RequestVerificationToken"]');
  return field ? field.value : '';
}

async function postOrder(action, keys) {
  const body = new FormData();
  body.append('__RequestVerificationToken', token());
  keys.forEach((k) => body.append('order', k));
  try {
    const response = await fetch(action, { method: 'POST', body, credentials: 'same-origin', redirect: 'manual' });
    // Success answers with a redirect to the editor (opaque here), failure with an error status.
    return response.type === 'opaqueredirect' || response.ok;
  } catch {
    return false;
  }
}

function announce(status, text) {
  if (!status) return;
  status.textContent = '';
  window.setTimeout(() => { status.textContent = text || ''; }, 50);
}

// container: the element whose direct children are the items; describe(container) gives { action, items, after }.
function makeSortable(root, { itemSelector, describe, status }) {
  let dragged = null;
  let before = null;

  root.addEventListener('dragstart', (event) => {
    const item = event.target.closest && event.target.closest(itemSelector);
    if (!item || !root.contains(item) || !describe(item.parentElement)) return;
    dragged = item;
    before = Array.from(item.parentElement.children).map((c) => c.dataset.key).join(',');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', item.dataset.key || '');
    item.classList.add('is-dragging');
  });

  root.addEventListener('dragover', (event) => {
    if (!dragged) return;
    let over = event.target.closest && event.target.closest(itemSelector);
    while (over && over.parentElement !== dragged.parentElement) {
      over = over.parentElement ? over.parentElement.closest(itemSelector) : null;
    }
    if (!over) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (over === dragged) return;
    const rect = over.getBoundingClientRect();
    const after = event.clientY > rect.top + rect.height / 2;
    over.parentElement.insertBefore(dragged, after ? over.nextElementSibling : over);
  });

  root.addEventListener('drop', (event) => {
    if (dragged) event.preventDefault();
  });

  root.addEventListener('dragend', async () => {
    if (!dragged) return;
    const item = dragged;
    dragged = null;
    item.classList.remove('is-dragging');
    const container = item.parentElement;
    const keys = Array.from(container.children).map((c) => c.dataset.key);
    if (keys.join(',') === before) return;
    const target = describe(container);
    const ok = await postOrder(target.action, keys);
    if (ok) {
      if (target.after) target.after(container);
      announce(status, root.dataset.textSorted);
    } else {
      announce(status, root.dataset.textFailed);
      // The page no longer matches the database: show the truth again.
      window.setTimeout(() => window.location.reload(), 1500);
    }
  });
}

function markDraggable(scope, selector) {
  scope.querySelectorAll(selector).forEach((item) => { item.draggable = true; });
}

export function initSort(root) {
  // The editor's children: rows of a tbody that carries the sort action.
  root.querySelectorAll('[data-sortable]').forEach((tbody) => {
    const status = root.querySelector('[data-sort-status]');
    const host = tbody.closest('[data-sort-root]') || tbody;
    markDraggable(tbody, ':scope > tr[data-key]');
    makeSortable(host, {
      itemSelector: 'tr[data-key]',
      status,
      describe: (container) => (container === tbody ? {
        action: tbody.dataset.sortable,
        after: (c) => {
          const rows = Array.from(c.children);
          rows.forEach((tr, i) => {
            const up = tr.querySelector('button[value="up"]');
            const down = tr.querySelector('button[value="down"]');
            if (up) up.disabled = i === 0;
            if (down) down.disabled = i === rows.length - 1;
          });
        },
      } : null),
    });
  });

  // The content tree: siblings under an expanded page (children lists are fetched later, so mark them as they come).
  root.querySelectorAll('nav.bo-tree[data-sort-root]').forEach((nav) => {
    const status = nav.parentElement.querySelector('[data-sort-status]');
    const mark = () => markDraggable(nav, 'li[data-key] > ul li[data-key]');
    mark();
    new MutationObserver(mark).observe(nav, { childList: true, subtree: true });
    makeSortable(nav, {
      itemSelector: 'li[data-key]',
      status,
      describe: (container) => {
        const parent = container.closest('li[data-key]');
        // A level shown in part (its "show more" link still there) cannot post the whole order: load it all first.
        if (container.querySelector(':scope > li.bo-tree-more')) return null;
        return parent ? { action: `/umbraco/content/edit/${encodeURIComponent(parent.dataset.key)}?handler=sort` } : null;
      },
    });
  });
}
