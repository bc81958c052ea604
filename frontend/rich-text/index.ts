// <bs-rich-text>: Broadsheet's article body editor, a TipTap editor with a toolbar and a notes
// list, as one classic script the desk loads with @JavaScript. Its value is HTML of the subset the
// server's sanitizer keeps; every change fires `value-changed` for the Java field. Links, images
// and embeds are chosen in the desk's dialogs: the element asks with `*-requested` events and the
// desk answers through applyLink / setImage / setEmbed.
import { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder, CharacterCount } from '@tiptap/extensions';
import { toolbarButtons, ToolbarButton, ToolbarHost, makeRoving } from './toolbar';
import { Footnote } from './footnote';
import { NotesPanel } from './notes-panel';
import { ImageFigure, EmbedFigure } from './figures';
import { PullQuote } from './pull-quote';
import { ArticleLink } from './article-link';
import { importFootnotes } from './paste';
import { pictureFiles, sendPictures } from './picture-files';
import { TextSelection } from '@tiptap/pm/state';

const STYLE = `
  :host { display: block; }
  .toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 2px; padding: 4px; border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-bottom: none; border-radius: 6px 6px 0 0;
    background: linear-gradient(var(--lumo-contrast-5pct, #f4f5f7), var(--lumo-contrast-5pct, #f4f5f7)), var(--lumo-base-color, #fff); }
  .toolbar button { font: inherit; font-size: 0.85rem; min-width: 2rem; padding: 2px 6px; border: 1px solid transparent;
    border-radius: 4px; background: none; color: inherit; cursor: pointer; }
  .toolbar button[aria-pressed="true"] { background: var(--lumo-primary-color-10pct, #e0ecff); border-color: var(--lumo-primary-color-50pct, #8ab); }
  .toolbar button:focus-visible { outline: 2px solid var(--lumo-primary-color, #06c); }
  .toolbar .sep { width: 1px; background: var(--lumo-contrast-20pct, #ccc); margin: 2px 4px; }
  .surface { min-height: 18rem; padding: 0.75rem 1rem; border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-radius: 0; background: var(--lumo-base-color, #fff); font-family: Georgia, serif; line-height: 1.6; }
  .surface:focus-within { border-color: var(--lumo-primary-color, #06c); }
  /* ProseMirror's own rules: TipTap puts them in the document's head, which a shadow root does not see */
  .ProseMirror { outline: none; min-height: 16rem; position: relative; word-wrap: break-word; white-space: pre-wrap;
    white-space: break-spaces; font-variant-ligatures: none; font-feature-settings: "liga" 0; }
  .ProseMirror [contenteditable="false"] { white-space: normal; }
  .ProseMirror pre { white-space: pre-wrap; }
  .ProseMirror-hideselection *::selection { background: transparent; }
  .ProseMirror-hideselection { caret-color: transparent; }
  .ProseMirror-separator { display: inline !important; border: none !important; margin: 0 !important; }
  .ProseMirror-gapcursor { display: none; pointer-events: none; position: absolute; }
  .ProseMirror-gapcursor:after { content: ""; display: block; position: absolute; top: -2px; width: 20px;
    border-top: 1px solid currentColor; animation: ProseMirror-cursor-blink 1.1s steps(2, start) infinite; }
  @keyframes ProseMirror-cursor-blink { to { visibility: hidden; } }
  .ProseMirror-focused .ProseMirror-gapcursor { display: block; }
  .ProseMirror p.is-editor-empty:first-child::before { content: attr(data-placeholder); float: left; height: 0;
    color: var(--lumo-secondary-text-color, #888); pointer-events: none; }
  .ProseMirror blockquote { border-left: 3px solid var(--lumo-contrast-30pct, #aaa); margin-left: 0; padding-left: 1rem; }
  .ProseMirror { counter-reset: footnote; }
  .ProseMirror sup.footnote { counter-increment: footnote; cursor: pointer; color: var(--lumo-primary-text-color, #06c);
    font-weight: 600; padding: 0 2px; }
  .ProseMirror sup.footnote::after { content: "[" counter(footnote) "]"; }
  .ProseMirror sup.footnote.ProseMirror-selectednode { outline: 2px solid var(--lumo-primary-color, #06c); }
  .ProseMirror blockquote.pull-quote { border: none; border-top: 3px solid currentColor; border-bottom: 1px solid var(--lumo-contrast-30pct, #aaa);
    margin: 1rem 2rem; padding: 0.25rem 0; font-size: 1.35em; font-style: italic; }
  .ProseMirror code { background: var(--lumo-contrast-10pct, #eee); padding: 0 3px; border-radius: 3px; }
  .ProseMirror a { color: var(--lumo-primary-text-color, #06c); }
  .ProseMirror a[data-article] { text-decoration-style: double; }
  .figure-view { margin: 1rem 0; padding: 6px; border: 1px dashed var(--lumo-contrast-30pct, #aaa); border-radius: 6px; cursor: pointer; }
  .figure-view.ProseMirror-selectednode { outline: 2px solid var(--lumo-primary-color, #06c); }
  .figure-view figure { margin: 0; }
  .figure-view img { display: block; max-width: 100%; max-height: 20rem; }
  .figure-view figcaption, .embed-caption { font-size: 0.85em; color: var(--lumo-secondary-text-color, #555); }
  .figure-hint { display: block; font: 0.75rem sans-serif; color: var(--lumo-secondary-text-color, #666); }
  .notes { border: 1px solid var(--lumo-contrast-20pct, #ccc); border-top: none; padding: 4px 1rem 8px; background: var(--lumo-contrast-5pct, #f7f7f7); }
  .notes-heading { font-size: 0.8rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em;
    color: var(--lumo-secondary-text-color, #555); padding: 4px 0; }
  .notes ol { margin: 0; padding-left: 1.75rem; }
  .notes li { margin: 2px 0; }
  .notes li > * { vertical-align: top; }
  .notes textarea { width: calc(100% - 3rem); font: inherit; font-size: 0.9rem; resize: vertical; padding: 2px 6px;
    border: 1px solid var(--lumo-contrast-20pct, #ccc); border-radius: 4px; background: var(--lumo-base-color, #fff); color: inherit; }
  .notes li.empty textarea { border-color: var(--lumo-error-color, #c00); }
  .notes button.back { font: inherit; border: none; background: none; color: var(--lumo-primary-text-color, #06c); cursor: pointer; }
  :host([invalid]) .surface { border-color: var(--lumo-error-color, #c00); }
  :host([readonly]) .toolbar { display: none; }
  :host([readonly]) .surface { border-radius: 6px; border-style: dashed; }
  .count { font-size: 0.8rem; color: var(--lumo-secondary-text-color, #666); padding: 4px 2px; }
`;

class BroadsheetRichText extends HTMLElement implements ToolbarHost {
  private editor?: Editor;
  private current = '';
  private buttons: { spec: ToolbarButton; element: HTMLButtonElement }[] = [];
  private countLine?: HTMLElement;
  private notes?: NotesPanel;
  private roving?: { focus: () => void };
  /** The figure being edited in a dialog, replaced by its answer; null: the answer is inserted. */
  private editingFigure: number | null = null;

  static get observedAttributes() { return ['placeholder', 'readonly', 'accessible-name', 'required', 'invalid']; }

  get value(): string { return this.current; }

  set value(html: string) {
    const next = html ?? '';
    if (this.editor) {
      if (next !== this.current) {
        this.editor.commands.setContent(next, { emitUpdate: false });
        // the editor's own rendering of the stored HTML is the baseline, so focusing and
        // leaving without a change reports nothing
        this.current = this.html();
        this.updateState();
      }
    } else {
      this.current = next;
    }
  }

  connectedCallback() {
    if (this.editor) {
      return;
    }
    performance.mark('bs-rich-text:start');
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const toolbar = document.createElement('div');
    toolbar.className = 'toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Formatting');
    const surface = document.createElement('div');
    surface.className = 'surface';
    this.notes = new NotesPanel(() => this.editor!);
    this.countLine = document.createElement('div');
    this.countLine.className = 'count';
    this.countLine.setAttribute('aria-live', 'polite');
    root.append(style, toolbar, surface, this.notes.element, this.countLine);

    this.editor = new Editor({
      element: surface,
      content: this.current,
      editable: !this.hasAttribute('readonly'),
      extensions: [
        StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: false, underline: false, codeBlock: false }),
        ArticleLink.configure({ openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'],
          HTMLAttributes: { rel: null, target: null } }),
        Placeholder.configure({ placeholder: () => this.getAttribute('placeholder') ?? '' }),
        CharacterCount,
        Footnote.configure({ onOpen: pos => this.notes!.focusAt(pos) }),
        PullQuote,
        ImageFigure.configure({ onEdit: (node, pos) => this.editFigure('image', node, pos) }),
        EmbedFigure.configure({ onEdit: (node, pos) => this.editFigure('embed', node, pos) }),
      ],
      editorProps: {
        attributes: this.textboxAttributes(),
        transformPastedHTML: importFootnotes,
        handleKeyDown: (_, event) => this.shortcut(event),
        handlePaste: (_, event) => this.takePictures(pictureFiles(event.clipboardData)),
        handleDrop: (view, event, _slice, moved) => {
          const files = moved ? [] : pictureFiles(event.dataTransfer);
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          if (files.length && at) {
            view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
          }
          return this.takePictures(files);
        },
      },
      onUpdate: () => this.changed(),
      onSelectionUpdate: () => this.updateButtons(),
    });
    this.current = this.html();

    let group = '';
    for (const spec of toolbarButtons) {
      if (group && spec.group !== group) {
        const sep = document.createElement('span');
        sep.className = 'sep';
        toolbar.append(sep);
      }
      group = spec.group;
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = spec.label;
      element.title = spec.shortcut ? `${spec.name} (${spec.shortcut})` : spec.name;
      element.setAttribute('aria-label', spec.name);
      if (spec.shortcut) {
        element.setAttribute('aria-keyshortcuts', spec.shortcut.replace('Ctrl', 'Control'));
      }
      element.dataset.command = spec.id;
      // keep the text's selection: a mouse press on a button must not take the focus first
      element.addEventListener('mousedown', event => event.preventDefault());
      element.addEventListener('click', () => spec.run(this.editor!, this));
      toolbar.append(element);
      this.buttons.push({ spec, element });
    }
    // straight back, not on the next frame as TipTap's focus command: the next key must land in the text
    this.roving = makeRoving(toolbar, this.buttons.map(b => b.element), () => this.editor!.view.focus());
    this.updateState();
    performance.mark('bs-rich-text:ready');
  }

  attributeChangedCallback(name: string) {
    if (!this.editor) {
      return;
    }
    if (name === 'readonly') {
      this.editor.setEditable(!this.hasAttribute('readonly'));
      this.updateState();
    }
    this.editor.setOptions({ editorProps: { ...this.editor.options.editorProps, attributes: this.textboxAttributes() } });
  }

  /** Focusing the field (a label click, a dialog giving the focus back) puts the caret in the text. */
  focus() {
    this.editor?.commands.focus();
  }

  /**
   * Called by the desk with the link dialog's answer; an empty address removes the link. Without
   * selected text the label (the article's headline, or the address) is inserted as the link.
   */
  applyLink(href: string, articleId: string, label: string) {
    const article = articleId || null;
    const chain = this.editor!.chain().focus().extendMarkRange('link');
    if (!href) {
      chain.unsetLink().run();
    } else if (this.editor!.state.selection.empty && !this.editor!.isActive('link')) {
      chain.insertContent({ type: 'text', text: label || href, marks: [{ type: 'link', attrs: { href, article } }] }).run();
    } else {
      chain.setLink({ href, article } as { href: string }).run();
    }
  }

  /** Called by the desk with the image dialog's answer. */
  setImage(src: string, alt: string, caption: string, credit: string) {
    this.placeFigure('imageFigure', { src, alt, caption, credit });
  }

  /** Called by the desk with the embed dialog's answer. */
  setEmbed(provider: string, ref: string, url: string, caption: string) {
    this.placeFigure('embedFigure', { provider, ref, url, caption });
  }

  request(kind: 'link' | 'image' | 'embed') {
    if (kind === 'link') {
      const { from, to } = this.editor!.state.selection;
      const attrs = this.editor!.getAttributes('link');
      this.ask('link', { href: attrs.href ?? '', article: attrs.article ?? '',
        text: this.editor!.state.doc.textBetween(from, to, ' ') });
    } else {
      this.editingFigure = null;
      this.ask(kind, {});
    }
  }

  addFootnote() {
    this.editor!.chain().focus().insertFootnote('').run();
    this.notes!.focusAt(this.editor!.state.selection.from - 1);
  }

  private editFigure(kind: 'image' | 'embed', node: PmNode, pos: number) {
    if (!this.editor!.isEditable) {
      return;
    }
    this.editingFigure = pos;
    this.ask(kind, { ...node.attrs });
  }

  private placeFigure(type: string, attrs: Record<string, string>) {
    const chain = this.editor!.chain().focus();
    if (this.editingFigure !== null) {
      const pos = this.editingFigure;
      chain.command(({ tr }) => {
        tr.setNodeMarkup(pos, undefined, attrs);
        return true;
      }).setNodeSelection(pos).run();
    } else {
      // the cursor goes to a new paragraph below, so writing (or the next figure) follows it
      chain.insertContent([{ type, attrs }, { type: 'paragraph' }]).run();
    }
    this.editingFigure = null;
  }

  /** Sends dropped or pasted picture files to the desk; false when there are none to take. */
  private takePictures(files: File[]): boolean {
    const target = this.getAttribute('upload-target');
    if (!files.length || !target || !this.editor!.isEditable) {
      return false;
    }
    this.editingFigure = null;
    sendPictures(target, files, message => this.showStatus(message));
    return true;
  }

  private showStatus(message: string) {
    if (message) {
      this.countLine!.textContent = message;
    } else {
      this.updateState();
    }
  }

  private ask(kind: string, detail: Record<string, unknown>) {
    this.dispatchEvent(new CustomEvent(`${kind}-requested`, { detail }));
  }

  private shortcut(event: KeyboardEvent): boolean {
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.altKey && event.key === 'F10') {
      this.roving!.focus();
    } else if (ctrl && !event.altKey && event.key.toLowerCase() === 'k') {
      this.request('link');
    } else if (ctrl && event.altKey && event.code === 'KeyF') {
      this.addFootnote();
    } else if (event.key === 'Enter' && this.selectedFigure()) {
      const { node, pos } = this.selectedFigure()!;
      this.editFigure(node.type.name === 'imageFigure' ? 'image' : 'embed', node, pos);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  private selectedFigure(): { node: PmNode; pos: number } | null {
    const selection = this.editor!.state.selection as { node?: PmNode; from: number };
    const name = selection.node?.type.name;
    return name === 'imageFigure' || name === 'embedFigure' ? { node: selection.node!, pos: selection.from } : null;
  }

  private textboxAttributes(): Record<string, string> {
    const attributes: Record<string, string> = { role: 'textbox', 'aria-multiline': 'true',
      'aria-label': this.getAttribute('accessible-name') ?? 'Body' };
    if (this.hasAttribute('required')) {
      attributes['aria-required'] = 'true';
    }
    if (this.hasAttribute('invalid')) {
      attributes['aria-invalid'] = 'true';
    }
    if (this.hasAttribute('readonly')) {
      attributes['aria-readonly'] = 'true';
    }
    return attributes;
  }

  /** The value: the editor's HTML, or nothing for an empty text (not an empty paragraph). */
  private html(): string {
    return this.editor!.isEmpty ? '' : this.editor!.getHTML();
  }

  private changed() {
    const html = this.html();
    this.updateState();
    if (html !== this.current) {
      this.current = html;
      this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: html } }));
    }
  }

  /** After the text or the read-only state changed: buttons, notes list, counts. */
  private updateState() {
    if (!this.editor) {
      return;
    }
    this.updateButtons();
    this.notes?.refresh();
    this.notes?.setReadOnly(!this.editor.isEditable);
    const words = this.editor.storage.characterCount.words() as number;
    const minutes = Math.max(1, Math.round(words / 230));
    if (this.countLine) {
      this.countLine.textContent = `${words} ${words === 1 ? 'word' : 'words'} · ${minutes} min read`;
    }
  }

  /** After the caret moved only which buttons show as pressed can change: the rest walks the whole text. */
  private updateButtons() {
    for (const { spec, element } of this.buttons) {
      if (spec.active) {
        element.setAttribute('aria-pressed', String(spec.active(this.editor!)));
      }
      element.disabled = !this.editor!.isEditable;
    }
  }
}

customElements.define('bs-rich-text', BroadsheetRichText);
