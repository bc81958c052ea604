// Links keep, beside the address, the id of the article they point to (data-article): the public
// site resolves the id to the article's current address, so the link survives slug changes.
import Link from '@tiptap/extension-link';

export const ArticleLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      article: {
        default: null,
        parseHTML: element => element.getAttribute('data-article'),
        renderHTML: attributes => (attributes.article ? { 'data-article': attributes.article } : {}),
      },
    };
  },
});
