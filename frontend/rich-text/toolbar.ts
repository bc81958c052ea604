// The toolbar's buttons: what each does, when it shows as pressed, and its keyboard shortcut
// (TipTap's own; the toolbar only shows them).
import type { Editor } from '@tiptap/core';

export interface ToolbarButton {
  id: string;
  name: string;
  label: string;
  group: string;
  shortcut?: string;
  run: (editor: Editor, host: HTMLElement) => void;
  active?: (editor: Editor) => boolean;
}

const chain = (editor: Editor) => editor.chain().focus();

export const toolbarButtons: ToolbarButton[] = [
  { id: 'paragraph', name: 'Paragraph', label: '¶', group: 'block', shortcut: 'Ctrl+Alt+0',
    run: e => chain(e).setParagraph().run(), active: e => e.isActive('paragraph') },
  { id: 'h2', name: 'Heading 2', label: 'H2', group: 'block', shortcut: 'Ctrl+Alt+2',
    run: e => chain(e).toggleHeading({ level: 2 }).run(), active: e => e.isActive('heading', { level: 2 }) },
  { id: 'h3', name: 'Heading 3', label: 'H3', group: 'block', shortcut: 'Ctrl+Alt+3',
    run: e => chain(e).toggleHeading({ level: 3 }).run(), active: e => e.isActive('heading', { level: 3 }) },
  { id: 'h4', name: 'Heading 4', label: 'H4', group: 'block', shortcut: 'Ctrl+Alt+4',
    run: e => chain(e).toggleHeading({ level: 4 }).run(), active: e => e.isActive('heading', { level: 4 }) },
  { id: 'bold', name: 'Bold', label: 'B', group: 'inline', shortcut: 'Ctrl+B',
    run: e => chain(e).toggleBold().run(), active: e => e.isActive('bold') },
  { id: 'italic', name: 'Italic', label: 'I', group: 'inline', shortcut: 'Ctrl+I',
    run: e => chain(e).toggleItalic().run(), active: e => e.isActive('italic') },
  { id: 'strike', name: 'Strikethrough', label: 'S', group: 'inline', shortcut: 'Ctrl+Shift+S',
    run: e => chain(e).toggleStrike().run(), active: e => e.isActive('strike') },
  { id: 'code', name: 'Inline code', label: '<>', group: 'inline', shortcut: 'Ctrl+E',
    run: e => chain(e).toggleCode().run(), active: e => e.isActive('code') },
  { id: 'link', name: 'Link', label: 'Link', group: 'inline', shortcut: 'Ctrl+K',
    run: (e, host) => editLink(e, host), active: e => e.isActive('link') },
  { id: 'footnote', name: 'Footnote', label: 'Note¹', group: 'inline',
    run: e => addFootnote(e) },
  { id: 'bullets', name: 'Bulleted list', label: '• List', group: 'list', shortcut: 'Ctrl+Shift+8',
    run: e => chain(e).toggleBulletList().run(), active: e => e.isActive('bulletList') },
  { id: 'numbers', name: 'Numbered list', label: '1. List', group: 'list', shortcut: 'Ctrl+Shift+7',
    run: e => chain(e).toggleOrderedList().run(), active: e => e.isActive('orderedList') },
  { id: 'quote', name: 'Quotation', label: '“ ”', group: 'list', shortcut: 'Ctrl+Shift+B',
    run: e => chain(e).toggleBlockquote().run(), active: e => e.isActive('blockquote') },
  { id: 'rule', name: 'Horizontal rule', label: '―', group: 'list',
    run: e => chain(e).setHorizontalRule().run() },
  { id: 'undo', name: 'Undo', label: '↶', group: 'history', shortcut: 'Ctrl+Z', run: e => chain(e).undo().run() },
  { id: 'redo', name: 'Redo', label: '↷', group: 'history', shortcut: 'Ctrl+Shift+Z', run: e => chain(e).redo().run() },
];

/** Inserts a footnote marker at the cursor with the note typed in. */
function addFootnote(editor: Editor) {
  const note = window.prompt('Footnote text');
  if (note !== null && note.trim() !== '') {
    chain(editor).insertFootnote(note.trim()).run();
  }
}

/** Asks for an address; only http(s), mailto and addresses on this site are accepted. */
function editLink(editor: Editor, host: HTMLElement) {
  const previous = editor.getAttributes('link').href as string | undefined;
  const href = window.prompt('Link address (https://…, or /section/article on this site). Empty removes the link.',
    previous ?? 'https://');
  if (href === null) {
    return;
  }
  if (href.trim() === '') {
    chain(editor).extendMarkRange('link').unsetLink().run();
    return;
  }
  if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s/][^\s]*)$/i.test(href.trim())) {
    host.dispatchEvent(new CustomEvent('link-refused', { detail: { href } }));
    window.alert('Use an address that starts with https://, http://, mailto: or / (a page on this site).');
    return;
  }
  chain(editor).extendMarkRange('link').setLink({ href: href.trim() }).run();
}
