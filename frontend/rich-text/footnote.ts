// A footnote is one inline node that carries its note: moving or deleting the marker moves or
// deletes the note, and the numbers (a CSS counter here, document order on the server) follow.
// The note is written in the notes list under the text (NotesPanel); clicking a marker goes there.
import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: { insertFootnote: (note: string) => ReturnType };
  }
}

export interface FootnoteOptions {
  /** Called with the marker's position when a reader of the editor activates it. */
  onOpen: (pos: number) => void;
}

export const Footnote = Node.create<FootnoteOptions>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { onOpen: () => {} };
  },

  addAttributes() {
    return {
      note: {
        default: '',
        parseHTML: element => element.getAttribute('data-note') ?? '',
        renderHTML: attributes => ({ 'data-note': attributes.note }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup.footnote' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes({ class: 'footnote' }, HTMLAttributes)];
  },

  addNodeView() {
    return ({ node, getPos }) => {
      const marker = document.createElement('sup');
      marker.className = 'footnote';
      marker.setAttribute('role', 'link');
      const describe = (note: string) => {
        marker.title = note || 'Empty footnote';
        marker.setAttribute('aria-label', 'Footnote: ' + (note || 'empty'));
      };
      describe(node.attrs.note);
      marker.addEventListener('click', () => this.options.onOpen(getPos()!));
      return {
        dom: marker,
        update: updated => {
          if (updated.type.name !== 'footnote') {
            return false;
          }
          describe(updated.attrs.note);
          return true;
        },
      };
    };
  },

  addKeyboardShortcuts() {
    return {
      // Enter on a selected marker goes to its note
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        const selected = (selection as { node?: { type: { name: string } } }).node;
        if (selected?.type.name === this.name) {
          this.options.onOpen(selection.from);
          return true;
        }
        return false;
      },
    };
  },

  addCommands() {
    return {
      insertFootnote: note => ({ commands }) => commands.insertContent({ type: this.name, attrs: { note } }),
    };
  },
});
