// Images and embeds are block atoms edited through the desk's dialogs: the element asks with an
// `image-requested` / `embed-requested` event, the dialog answers through setImage / setEmbed.
import { Node } from '@tiptap/core';
import type { DOMOutputSpec, Node as PmNode } from '@tiptap/pm/model';

export interface FigureOptions {
  /** Called when a figure asks to be edited (click, or Enter while selected). */
  onEdit: (node: PmNode, pos: number) => void;
}

const text = (value: string) => value.trim();

function captionOf(figure: HTMLElement): { caption: string; credit: string } {
  const figcaption = figure.querySelector('figcaption');
  if (!figcaption) {
    return { caption: '', credit: '' };
  }
  const copy = figcaption.cloneNode(true) as HTMLElement;
  const credit = copy.querySelector('.credit');
  credit?.remove();
  return { caption: text(copy.textContent ?? ''), credit: text(credit?.textContent ?? '') };
}

function figcaption(caption: string, credit: string): DOMOutputSpec[] {
  if (!caption && !credit) {
    return [];
  }
  const parts: (string | DOMOutputSpec)[] = [];
  if (caption) {
    parts.push(credit ? caption + ' ' : caption);
  }
  if (credit) {
    parts.push(['span', { class: 'credit' }, credit]);
  }
  return [['figcaption', {}, ...parts] as DOMOutputSpec];
}

/** A node view that shows the figure, with its caption, and opens the dialog when activated. */
function figureView(render: (node: PmNode) => HTMLElement, options: FigureOptions) {
  return ({ node, getPos }: { node: PmNode; getPos: () => number | undefined }) => {
    const dom = document.createElement('div');
    dom.className = 'figure-view';
    dom.contentEditable = 'false';
    const draw = (current: PmNode) => {
      dom.replaceChildren(render(current));
      const hint = document.createElement('span');
      hint.className = 'figure-hint';
      hint.textContent = 'Click or press Enter to edit';
      dom.append(hint);
    };
    draw(node);
    let current = node;
    dom.addEventListener('dblclick', () => options.onEdit(current, getPos()!));
    dom.addEventListener('click', event => {
      if (event.detail === 1 && dom.classList.contains('ProseMirror-selectednode')) {
        options.onEdit(current, getPos()!);
      }
    });
    return {
      dom,
      update: (updated: PmNode) => {
        if (updated.type !== node.type) {
          return false;
        }
        current = updated;
        draw(updated);
        return true;
      },
      selectNode: () => dom.classList.add('ProseMirror-selectednode'),
      deselectNode: () => dom.classList.remove('ProseMirror-selectednode'),
    };
  };
}

/** What images and embeds have in common: a block that is selected, moved and deleted whole. */
const figureNode = {
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions(): FigureOptions {
    return { onEdit: () => {} };
  },
};

export const ImageFigure = Node.create<FigureOptions>({
  ...figureNode,
  name: 'imageFigure',

  addAttributes() {
    return { src: { default: '' }, alt: { default: '' }, caption: { default: '' }, credit: { default: '' } };
  },

  parseHTML() {
    return [{
      tag: 'figure.image',
      getAttrs: element => {
        const img = (element as HTMLElement).querySelector('img');
        if (!img || !img.getAttribute('src')) {
          return false;
        }
        return { src: img.getAttribute('src'), alt: img.getAttribute('alt') ?? '', ...captionOf(element as HTMLElement) };
      },
    }];
  },

  renderHTML({ node }) {
    const { src, alt, caption, credit } = node.attrs;
    return ['figure', { class: 'image' }, ['img', { src, alt }], ...figcaption(caption, credit)];
  },

  addNodeView() {
    return figureView(node => {
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      img.src = node.attrs.src;
      img.alt = node.attrs.alt;
      const caption = document.createElement('figcaption');
      caption.textContent = [node.attrs.caption, node.attrs.credit].filter(Boolean).join(' · ')
        + (node.attrs.alt ? '' : ' (decorative image)');
      figure.append(img, caption);
      return figure;
    }, this.options);
  },
});

export const EmbedFigure = Node.create<FigureOptions>({
  ...figureNode,
  name: 'embedFigure',

  addAttributes() {
    return { provider: { default: '' }, ref: { default: '' }, url: { default: '' }, caption: { default: '' } };
  },

  parseHTML() {
    return [{
      tag: 'figure.embed',
      getAttrs: element => {
        const figure = element as HTMLElement;
        const provider = figure.dataset.provider;
        const ref = figure.dataset.ref;
        if (!provider || !ref) {
          return false;
        }
        const url = figure.querySelector('a')?.getAttribute('href') ?? '';
        return { provider, ref, url, caption: captionOf(figure).caption };
      },
    }];
  },

  renderHTML({ node }) {
    const { provider, ref, url, caption } = node.attrs;
    return ['figure', { class: 'embed', 'data-provider': provider, 'data-ref': ref }, ['a', { href: url }, url],
      ...figcaption(caption, '')];
  },

  addNodeView() {
    return figureView(node => {
      const box = document.createElement('div');
      box.className = 'embed-box';
      const title = document.createElement('strong');
      title.textContent = `▶ ${providerName(node.attrs.provider)}`;
      const address = document.createElement('span');
      address.textContent = ' ' + node.attrs.url;
      box.append(title, address);
      if (node.attrs.caption) {
        const caption = document.createElement('div');
        caption.className = 'embed-caption';
        caption.textContent = node.attrs.caption;
        box.append(caption);
      }
      return box;
    }, this.options);
  },
});

function providerName(key: string): string {
  return ({ youtube: 'YouTube video', vimeo: 'Vimeo video', x: 'Post on X' } as Record<string, string>)[key] ?? key;
}
