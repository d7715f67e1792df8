// Content tree: children are fetched when a node is expanded (GET /umbraco/content/tree?parent=key returns HTML
// rendered and encoded by the server). Toggle buttons carry aria-expanded. A wide level comes a page at a time: its
// "show more" link (a plain link without scripts) loads the next page in place and moves the focus to its first node.
async function fetchLevel(url) {
  const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok) return null;
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  return template.content.querySelector('ul');
}

async function showMore(link) {
  const item = link.closest('li');
  const list = item && item.parentElement;
  if (!list || link.getAttribute('aria-busy') === 'true') return;
  link.setAttribute('aria-busy', 'true');
  const more = await fetchLevel(link.href);
  link.removeAttribute('aria-busy');
  if (!more) return;
  const added = Array.from(more.children);
  added.forEach((li) => list.insertBefore(li, item));
  item.remove();
  const first = added.find((li) => li.matches('li[data-key]'));
  const focusTarget = first ? first.querySelector('a') : list.querySelector(':scope > li.bo-tree-more a');
  if (focusTarget) focusTarget.focus();
}

export function initTree(root) {
  root.addEventListener('click', async (event) => {
    const moreLink = event.target.closest('a[data-tree-more]');
    if (moreLink) {
      event.preventDefault();
      await showMore(moreLink);
      return;
    }
    const button = event.target.closest('button.bo-toggle');
    if (!button) return;
    event.preventDefault();
    const li = button.closest('li');
    const expanded = button.getAttribute('aria-expanded') === 'true';
    let list = li.querySelector(':scope > ul');
    if (expanded) {
      button.setAttribute('aria-expanded', 'false');
      if (list) list.hidden = true;
      return;
    }
    if (!list) {
      list = await fetchLevel(`/umbraco/content/tree?parent=${encodeURIComponent(li.dataset.key)}`);
      if (!list) return;
      li.appendChild(list);
    }
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  });
}
