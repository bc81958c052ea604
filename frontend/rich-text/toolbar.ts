// The toolbar's buttons: what each does, when it shows as pressed, and its keyboard shortcut.
// Links, images and embeds are chosen in the desk's dialogs (the host asks for them).
import type { Editor } from '@tiptap/core';

export interface ToolbarHost {
  /** Asks the desk for a dialog: the element fires `link-requested`, `image-requested` or `embed-requested`. */
  request(kind: 'link' | 'image' | 'embed'): void;
  addFootnote(): void;
}

export interface ToolbarButton {
  id: string;
  name: string;
  label: string;
  group: string;
  shortcut?: string;
  run: (editor: Editor, host: ToolbarHost) => void;
  active?: (editor: Editor) => boolean;
}

const chain = (editor: Editor) => editor.chain().focus();

function heading(level: 2 | 3 | 4): ToolbarButton {
  return { id: `h${level}`, name: `Heading ${level}`, label: `H${level}`, group: 'block', shortcut: `Ctrl+Alt+${level}`,
    run: e => chain(e).toggleHeading({ level }).run(), active: e => e.isActive('heading', { level }) };
}

export const toolbarButtons: ToolbarButton[] = [
  { id: 'paragraph', name: 'Paragraph', label: '¶', group: 'block', shortcut: 'Ctrl+Alt+0',
    run: e => chain(e).setParagraph().run(), active: e => e.isActive('paragraph') },
  ...([2, 3, 4] as const).map(level => heading(level)),
  { id: 'bold', name: 'Bold', label: 'B', group: 'inline', shortcut: 'Ctrl+B',
    run: e => chain(e).toggleBold().run(), active: e => e.isActive('bold') },
  { id: 'italic', name: 'Italic', label: 'I', group: 'inline', shortcut: 'Ctrl+I',
    run: e => chain(e).toggleItalic().run(), active: e => e.isActive('italic') },
  { id: 'strike', name: 'Strikethrough', label: 'S', group: 'inline', shortcut: 'Ctrl+Shift+S',
    run: e => chain(e).toggleStrike().run(), active: e => e.isActive('strike') },
  { id: 'code', name: 'Inline code', label: '<>', group: 'inline', shortcut: 'Ctrl+E',
    run: e => chain(e).toggleCode().run(), active: e => e.isActive('code') },
  { id: 'link', name: 'Link', label: 'Link', group: 'inline', shortcut: 'Ctrl+K',
    run: (_, host) => host.request('link'), active: e => e.isActive('link') },
  { id: 'footnote', name: 'Footnote', label: 'Note¹', group: 'inline', shortcut: 'Ctrl+Alt+F',
    run: (_, host) => host.addFootnote() },
  { id: 'bullets', name: 'Bulleted list', label: '• List', group: 'list', shortcut: 'Ctrl+Shift+8',
    run: e => chain(e).toggleBulletList().run(), active: e => e.isActive('bulletList') },
  { id: 'numbers', name: 'Numbered list', label: '1. List', group: 'list', shortcut: 'Ctrl+Shift+7',
    run: e => chain(e).toggleOrderedList().run(), active: e => e.isActive('orderedList') },
  { id: 'quote', name: 'Quotation', label: '“ ”', group: 'list', shortcut: 'Ctrl+Shift+B',
    run: e => chain(e).toggleBlockquote().run(), active: e => e.isActive('blockquote') },
  { id: 'pullquote', name: 'Pull quote', label: 'Pull “', group: 'list',
    run: e => chain(e).togglePullQuote().run(), active: e => e.isActive('pullQuote') },
  { id: 'rule', name: 'Horizontal rule', label: '―', group: 'list',
    run: e => chain(e).setHorizontalRule().run() },
  { id: 'image', name: 'Image', label: 'Image', group: 'media', run: (_, host) => host.request('image') },
  { id: 'embed', name: 'Embed a video or post', label: 'Embed', group: 'media', run: (_, host) => host.request('embed') },
  { id: 'undo', name: 'Undo', label: '↶', group: 'history', shortcut: 'Ctrl+Z', run: e => chain(e).undo().run() },
  { id: 'redo', name: 'Redo', label: '↷', group: 'history', shortcut: 'Ctrl+Shift+Z', run: e => chain(e).redo().run() },
];

/**
 * One tab stop for the whole toolbar (WAI-ARIA toolbar pattern): arrows, Home and End move
 * between buttons, Escape goes back to the text; Alt+F10 in the text comes here.
 */
export function makeRoving(toolbar: HTMLElement, buttons: HTMLButtonElement[], backToText: () => void) {
  let current = 0;
  const focus = (index: number) => {
    buttons[current].tabIndex = -1;
    current = (index + buttons.length) % buttons.length;
    buttons[current].tabIndex = 0;
    buttons[current].focus();
  };
  buttons.forEach((button, i) => {
    button.tabIndex = i === 0 ? 0 : -1;
    button.addEventListener('focus', () => {
      buttons[current].tabIndex = -1;
      current = i;
      button.tabIndex = 0;
    });
  });
  toolbar.addEventListener('keydown', event => {
    const moves: Record<string, () => number> = {
      ArrowRight: () => current + 1, ArrowLeft: () => current - 1, Home: () => 0, End: () => buttons.length - 1,
    };
    if (moves[event.key]) {
      event.preventDefault();
      focus(moves[event.key]());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      backToText();
    }
  });
  return { focus: () => focus(current) };
}
