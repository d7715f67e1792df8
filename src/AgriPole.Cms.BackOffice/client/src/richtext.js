// Rich text: a Tiptap editor over each textarea[data-rte]. The textarea stays the form field (kept in sync), so
// saving works without JS too; the server sanitises whatever arrives.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const buttons = [
  ['H2', (c) => c.toggleHeading({ level: 2 }), 'heading', { level: 2 }],
  ['H3', (c) => c.toggleHeading({ level: 3 }), 'heading', { level: 3 }],
  ['B', (c) => c.toggleBold(), 'bold'],
  ['I', (c) => c.toggleItalic(), 'italic'],
  ['•', (c) => c.toggleBulletList(), 'bulletList'],
  ['1.', (c) => c.toggleOrderedList(), 'orderedList'],
  ['❝', (c) => c.toggleBlockquote(), 'blockquote'],
];

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

    for (const [label, command] of buttons) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', () => command(editor.chain().focus()).run());
      toolbar.appendChild(b);
    }
    const link = document.createElement('button');
    link.type = 'button';
    link.textContent = '🔗';
    link.setAttribute('aria-label', 'Link');
    link.addEventListener('click', () => {
      const href = window.prompt('URL');
      if (href === null) return;
      if (href === '') editor.chain().focus().unsetLink().run();
      else editor.chain().focus().setLink({ href }).run();
    });
    toolbar.appendChild(link);
  });
}
