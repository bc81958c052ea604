// A pull quote repeats a line of the article in large type; stored as blockquote.pull-quote, so
// it outranks the ordinary blockquote when parsing.
import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: { togglePullQuote: () => ReturnType };
  }
}

export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  parseHTML() {
    return [{ tag: 'blockquote.pull-quote', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), 0];
  },

  addCommands() {
    return { togglePullQuote: () => ({ commands }) => commands.toggleWrap(this.name) };
  },
});
