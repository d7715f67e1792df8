// Content tree: children are fetched when a node is expanded (GET /umbraco/content/tree?parent=key returns HTML
// rendered and encoded by the server). Toggle buttons carry aria-expanded.
export function initTree(root) {
  root.addEventListener('click', async (event) => {
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
      const response = await fetch(`/umbraco/content/tree?parent=${encodeURIComponent(li.dataset.key)}`, {
        headers: { Accept: 'text/html' },
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      const template = document.createElement('template');
      template.innerHTML = await response.text();
      list = template.content.querySelector('ul');
      if (!list) return;
      li.appendChild(list);
    }
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  });
}
