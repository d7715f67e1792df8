// Pickers: a name filter over the media picker's thumbnails (radio buttons, so arrows, Space and the "no image" choice
// work without this script) and a search box before each page picker's select. Enter in a filter never submits.
const fold = (text) => (text || '').normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

function keepEnter(input, target) {
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (target) target.focus();
    }
  });
}

function noMatchNote(after, text) {
  const note = document.createElement('p');
  note.className = 'bo-picker-nomatch';
  note.setAttribute('aria-live', 'polite');
  note.hidden = true;
  note.textContent = text || '';
  after.insertAdjacentElement('afterend', note);
  return note;
}

function initMediaPicker(picker) {
  const filterBox = picker.querySelector('[data-media-filter]');
  const filter = filterBox ? filterBox.querySelector('input') : null;
  const options = Array.from(picker.querySelectorAll('.bo-media-option[data-name]'));
  const chosen = picker.querySelector('[data-media-chosen]');
  const grid = picker.querySelector('[data-media-options]');
  if (!filter || !grid) return;
  filterBox.hidden = false;
  const note = noMatchNote(grid, picker.dataset.noMatch);
  const template = chosen ? chosen.textContent.replace(/:.*$/, ': ') : '';
  filter.addEventListener('input', () => {
    const q = fold(filter.value);
    let shown = 0;
    options.forEach((o) => {
      const radio = o.querySelector('input');
      const match = q === '' || fold(o.dataset.name).includes(q) || (radio && radio.checked);
      o.hidden = !match;
      if (match) shown++;
    });
    note.hidden = shown > 0 || q === '';
  });
  keepEnter(filter, grid.querySelector('input:checked') || grid.querySelector('input'));
  picker.addEventListener('change', (event) => {
    if (!chosen || event.target.type !== 'radio') return;
    const label = event.target.closest('label');
    const name = label ? label.textContent.trim() : '';
    chosen.textContent = template + name;
  });
}

function initPagePicker(select) {
  if (select.previousElementSibling && select.previousElementSibling.matches('[data-page-filter]')) return;
  const input = document.createElement('input');
  input.type = 'search';
  input.autocomplete = 'off';
  input.className = 'bo-page-filter';
  input.setAttribute('data-page-filter', '');
  input.setAttribute('aria-label', `${select.dataset.filterLabel || 'Search'}`);
  input.placeholder = select.dataset.filterLabel || '';
  select.insertAdjacentElement('beforebegin', input);
  const note = noMatchNote(select, select.dataset.noMatch);
  const options = Array.from(select.options).filter((o) => o.value !== '');
  input.addEventListener('input', () => {
    const q = fold(input.value);
    let shown = 0;
    options.forEach((o) => {
      // Match on the page's own name first, then on its path ("Accueil › Actualités › …").
      const match = q === '' || fold(o.textContent).includes(q) || o.selected;
      o.hidden = !match;
      if (match) shown++;
    });
    note.hidden = shown > 0 || q === '';
  });
  keepEnter(input, select);
}

export function initPickers(root) {
  root.querySelectorAll('[data-media-picker]').forEach(initMediaPicker);
  root.querySelectorAll('select[data-page-picker]').forEach(initPagePicker);
}
