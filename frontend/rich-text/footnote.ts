// A footnote is one inline node that carries its note: moving or deleting the marker moves or
// deletes the note, and the numbers (a CSS counter) follow document order. The server turns it
// into the site's numbered markers and notes list when saving, and back when loading.
import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: { insertFootnote: (note: string) => ReturnType };
  }
}

export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

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
    return ({ node, getPos, editor }) => {
      const marker = document.createElement('sup');
      marker.className = 'footnote';
      marker.tabIndex = 0;
      marker.setAttribute('role', 'button');
      const describe = (note: string) => {
        marker.title = note || 'Empty footnote: click to write it';
        marker.setAttribute('aria-label', 'Footnote: ' + (note || 'empty'));
      };
      describe(node.attrs.note);
      const edit = () => {
        const note = window.prompt('Footnote text', marker.title === 'Empty footnote: click to write it' ? '' : marker.title);
        if (note !== null && typeof getPos === 'function') {
          editor.chain().focus().command(({ tr }) => {
            tr.setNodeMarkup(getPos()!, undefined, { note: note.trim() });
            return true;
          }).run();
        }
      };
      marker.addEventListener('click', edit);
      marker.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
          event.preventDefault();
          edit();
        }
      });
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

  addCommands() {
    return {
      insertFootnote: note => ({ commands }) => commands.insertContent({ type: this.name, attrs: { note } }),
    };
  },
});
