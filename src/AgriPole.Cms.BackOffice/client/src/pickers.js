// Picker fields (_PickerField.cshtml) and the page's picker dialog (_PickerDialog.cshtml). Without this script a field
// is a text input for the key, with a link to the script-free picker page. With it the input is hidden and "Choose…"
// opens the <dialog> (showModal: the page behind is inert, Escape closes, focus comes back to the button), which
// searches GET /umbraco/picker/{kind}?q=…&format=json or browses one level (?parent=…), a page at a time: the editor
// page never lists the site. Keyboard: type to search, Down/Up between results, Enter picks, Home/End, Escape.
const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;

function format(template, ...args) {
  return (template || '').replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function element(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  Object.entries(props).forEach(([k, v]) => {
    if (k === 'text') el.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'class') el.setAttribute(k, v);
    else el[k] = v;
  });
  children.filter((c) => c !== null && c !== undefined).forEach((c) => el.append(c));
  return el;
}

function thumbnail(src) {
  return src ? element('img', { src, alt: '', width: 80, height: 60, loading: 'lazy' }) : null;
}

function setValue(field, item) {
  const input = field.querySelector('[data-picker-input]');
  const chosen = field.querySelector('[data-picker-chosen]');
  const clear = field.querySelector('[data-picker-clear]');
  input.value = item ? item.key : '';
  chosen.replaceChildren();
  if (item) {
    const thumb = thumbnail(item.thumbnail);
    if (thumb) chosen.append(thumb, ' ');
    chosen.append(element('span', { 'data-picker-name': '', text: item.name }), ' ', element('small', { 'data-picker-path': '', text: item.path }));
  } else {
    chosen.append(element('span', { 'data-picker-name': '', text: field.dataset.empty || '' }));
  }
  if (clear) clear.hidden = !item;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

class PickerDialog {
  constructor(dialog) {
    this.dialog = dialog;
    this.title = dialog.querySelector('[data-picker-dialog-title]');
    this.search = dialog.querySelector('[data-picker-search]');
    this.results = dialog.querySelector('[data-picker-results]');
    this.status = dialog.querySelector('[data-picker-status]');
    this.more = dialog.querySelector('[data-picker-more]');
    this.trail = dialog.querySelector('[data-picker-trail] ol');
    this.texts = dialog.dataset;
    this.state = null;
    this.timer = 0;
    this.controller = null;

    this.search.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.load(true), SEARCH_DELAY_MS);
    });
    this.search.addEventListener('keydown', async (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.focusAt(0);
      } else if (event.key === 'Enter') {
        // Search now rather than after the pause; never submits anything.
        event.preventDefault();
        window.clearTimeout(this.timer);
        await this.load(true);
      }
    });
    this.results.addEventListener('keydown', (event) => {
      const buttons = this.buttons();
      const index = buttons.indexOf(document.activeElement);
      if (index < 0) return;
      const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      if (moves[event.key] < 0) this.search.focus();
      else this.focusAt(Math.min(moves[event.key], buttons.length - 1));
    });
    this.results.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button || !this.state) return;
      const item = this.state.items[Number(button.dataset.index)];
      if (!item) return;
      if (button.hasAttribute('data-picker-choose')) this.pick(item);
      else if (button.hasAttribute('data-picker-browse')) this.browse(item.key);
    });
    this.trail.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-picker-crumb]');
      if (button) this.browse(button.dataset.pickerCrumb || null);
    });
    this.more.addEventListener('click', async () => {
      const first = await this.load(false);
      if (typeof first === 'number') this.focusAt(this.buttonIndexOfItem(first));
    });
    dialog.querySelector('[data-picker-close]').addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      if (this.controller) this.controller.abort();
      const opener = this.state && this.state.field.querySelector('[data-picker-open]');
      this.state = null;
      if (opener) opener.focus();
    });
  }

  open(field) {
    this.state = { field, kind: field.dataset.picker, parent: null, skip: 0, items: [] };
    this.title.textContent = field.dataset.pickerTitle || this.title.textContent;
    this.search.value = '';
    this.results.replaceChildren();
    this.status.textContent = '';
    this.more.hidden = true;
    this.dialog.showModal();
    this.search.focus();
    this.load(true);
  }

  buttons() {
    return Array.from(this.results.querySelectorAll('button'));
  }

  buttonIndexOfItem(itemIndex) {
    const index = this.buttons().findIndex((b) => Number(b.dataset.index) === itemIndex);
    return index < 0 ? 0 : index;
  }

  focusAt(index) {
    const button = this.buttons()[index];
    if (button) button.focus();
  }

  pick(item) {
    const { field } = this.state;
    setValue(field, item);
    this.dialog.close();
  }

  async browse(key) {
    this.state.parent = key;
    this.search.value = '';
    await this.load(true);
    if (this.buttons().length > 0) this.focusAt(0);
    else this.search.focus();
  }

  // Loads the first page (reset) or the next one; answers the index of the first item added, or false.
  async load(reset) {
    const state = this.state;
    if (!state) return false;
    const query = this.search.value.trim();
    if (reset) {
      state.skip = 0;
      state.items = [];
    }
    const params = new URLSearchParams({ format: 'json', skip: String(state.skip), take: String(PAGE_SIZE) });
    if (query) params.set('q', query);
    else if (state.parent) params.set('parent', state.parent);
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status.textContent = this.texts.textLoading || '';
    let data;
    try {
      const response = await fetch(`/umbraco/picker/${encodeURIComponent(state.kind)}?${params}`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(String(response.status));
      data = await response.json();
    } catch (error) {
      if (error.name !== 'AbortError' && this.state === state) this.status.textContent = this.texts.textFailed || '';
      return false;
    }
    if (this.state !== state || controller !== this.controller) return false;
    if (reset) this.results.replaceChildren();
    const first = state.items.length;
    data.items.forEach((item) => {
      state.items.push(item);
      this.results.append(this.row(item, state.items.length - 1));
    });
    state.skip = data.skip + data.items.length;
    this.more.hidden = !data.hasMore;
    this.renderTrail(query ? null : data.trail);
    this.status.textContent = data.total === 0 ? (this.texts.textNone || '') : format(this.texts.textResults, data.total);
    return first;
  }

  row(item, index) {
    const li = element('li', { class: 'bo-picker-row' });
    const text = [thumbnail(item.thumbnail), element('span', { class: 'bo-picker-name', text: item.name }), ' ', element('small', { text: item.path })];
    if (item.pickable) {
      li.append(element('button', { type: 'button', class: 'bo-picker-choose', 'data-picker-choose': '', 'data-index': String(index) }, ...text));
      if (item.hasChildren) {
        const openText = format(this.texts.textOpen, '').replace(/[\s:]+$/u, '');
        li.append(element('button', { type: 'button', class: 'bo-picker-browse', 'data-picker-browse': '', 'data-index': String(index), 'aria-label': format(this.texts.textOpen, item.name), text: `${openText} ›` }));
      }
    } else if (item.hasChildren) {
      // A media folder in a media picker: opened, not picked.
      li.append(element('button', { type: 'button', class: 'bo-picker-choose bo-picker-folder', 'data-picker-browse': '', 'data-index': String(index), 'aria-label': format(this.texts.textOpen, item.name) }, ...text, ' ›'));
    } else {
      li.append(element('span', { class: 'bo-picker-choose bo-picker-folder' }, ...text));
    }
    return li;
  }

  renderTrail(trail) {
    const nav = this.trail.parentElement;
    nav.hidden = trail === null;
    if (trail === null) return;
    const root = this.trail.querySelector('li');
    this.trail.replaceChildren(root);
    const rootButton = root.querySelector('button');
    if (trail.length === 0) rootButton.setAttribute('aria-current', 'location');
    else rootButton.removeAttribute('aria-current');
    trail.forEach((crumb, i) => {
      const button = element('button', { type: 'button', 'data-picker-crumb': crumb.key, text: crumb.name });
      if (i === trail.length - 1) button.setAttribute('aria-current', 'location');
      this.trail.append(element('li', {}, button));
    });
  }
}

let shared = null;

function dialogFor(root) {
  const dialog = (root.ownerDocument || document).querySelector('dialog[data-picker-dialog]');
  if (!dialog || typeof dialog.showModal !== 'function') return null;
  if (!shared || shared.dialog !== dialog) shared = new PickerDialog(dialog);
  return shared;
}

function initField(field, dialog) {
  if (field.dataset.pickerReady) return;
  field.dataset.pickerReady = '1';
  const input = field.querySelector('[data-picker-input]');
  const tools = field.querySelector('[data-picker-tools]');
  const help = field.querySelector('[data-picker-nojs]');
  const open = field.querySelector('[data-picker-open]');
  const clear = field.querySelector('[data-picker-clear]');
  const chosen = field.querySelector('[data-picker-chosen]');
  input.type = 'hidden';
  input.removeAttribute('aria-describedby');
  if (help) help.hidden = true;
  tools.hidden = false;
  const label = input.id ? field.ownerDocument.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
  const labelText = label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
  // The buttons name their field; the chosen item (name and path) describes them.
  open.setAttribute('aria-label', `${open.textContent.trim()} ${labelText}`.trim());
  clear.setAttribute('aria-label', `${clear.textContent.trim()} ${labelText}`.trim());
  if (chosen.id) open.setAttribute('aria-describedby', chosen.id);
  clear.hidden = input.value.trim() === '';
  open.addEventListener('click', () => dialog.open(field));
  clear.addEventListener('click', () => {
    setValue(field, null);
    open.focus();
  });
}

export function initPickers(root) {
  const dialog = dialogFor(root);
  if (!dialog) return;
  root.querySelectorAll('[data-picker]').forEach((field) => initField(field, dialog));
}
