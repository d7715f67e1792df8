// Rich text: a Tiptap editor over each textarea[data-rte]. The textarea stays the form field (kept in sync), so
// saving works without JS too; the server sanitises whatever arrives.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

// [text, command, active mark/node, attributes, French name, English name]: names for screen readers and tooltips
// (a name starts with the visible text when that is a word, so voice control users can say what they see).
const buttons = [
  ['H2', (c) => c.toggleHeading({ level: 2 }), 'heading', { level: 2 }, 'H2, titre de niveau 2', 'H2, heading level 2'],
  ['H3', (c) => c.toggleHeading({ level: 3 }), 'heading', { level: 3 }, 'H3, titre de niveau 3', 'H3, heading level 3'],
  ['B', (c) => c.toggleBold(), 'bold', undefined, 'Gras', 'Bold'],
  ['I', (c) => c.toggleItalic(), 'italic', undefined, 'Italique', 'Italic'],
  ['•', (c) => c.toggleBulletList(), 'bulletList', undefined, 'Liste à puces', 'Bulleted list'],
  ['1.', (c) => c.toggleOrderedList(), 'orderedList', undefined, '1. Liste numérotée', '1. Numbered list'],
  ['❝', (c) => c.toggleBlockquote(), 'blockquote', undefined, 'Citation', 'Quote'],
];

const french = () => (document.body && document.body.dataset.culture) !== 'en-US';

export function initRichText(root) {
  root.querySelectorAll('textarea[data-rte]:not([data-rte-ready])').forEach((textarea) => {
    textarea.setAttribute('data-rte-ready', '');
    const wrapper = document.createElement('div');
    const toolbar = document.createElement('div');
    toolbar.className = 'bo-rte-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', textarea.getAttribute('aria-label') || 'Rich text');
    const host = document.createElement('div');
    host.className = 'bo-rte';
    wrapper.append(toolbar, host);
    textarea.insertAdjacentElement('afterend', wrapper);
    textarea.hidden = true;

    const editor = new Editor({
      element: host,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3, 4] },
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'] },
        }),
      ],
      content: textarea.value,
      // The site's CSP has no 'unsafe-inline' styles: the editor's CSS lives in backoffice.css instead.
      injectCSS: false,
      editorProps: { attributes: { 'aria-multiline': 'true', role: 'textbox', 'aria-label': textarea.getAttribute('aria-label') || '' } },
      onUpdate: ({ editor: e }) => { textarea.value = e.getHTML(); },
    });

    const toggles = [];
    for (const [label, command, name, attributes, fr, en] of buttons) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.setAttribute('aria-label', french() ? fr : en);
      b.title = french() ? fr : en;
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => command(editor.chain().focus()).run());
      toolbar.appendChild(b);
      toggles.push([b, name, attributes]);
    }
    // The pressed state follows the cursor, so a screen reader says whether bold, a list, … is on.
    const sync = () => toggles.forEach(([b, name, attributes]) => b.setAttribute('aria-pressed', String(editor.isActive(name, attributes))));
    editor.on('selectionUpdate', sync);
    editor.on('transaction', sync);
    const link = document.createElement('button');
    link.type = 'button';
    link.textContent = '🔗';
    link.setAttribute('aria-label', french() ? 'Lien' : 'Link');
    link.title = french() ? 'Lien (adresse vide : retirer le lien)' : 'Link (empty address: remove the link)';
    link.addEventListener('click', () => {
      const href = window.prompt(french() ? 'Adresse du lien (vide pour retirer le lien)' : 'Link address (empty to remove the link)', editor.getAttributes('link').href || '');
      if (href === null) return;
      if (href === '') editor.chain().focus().unsetLink().run();
      else editor.chain().focus().setLink({ href }).run();
    });
    toolbar.appendChild(link);
  });
}
