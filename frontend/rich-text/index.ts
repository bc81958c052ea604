// <bs-rich-text>: Broadsheet's article body editor, a TipTap editor with a toolbar, as one
// classic script the desk loads with @JavaScript. Its value is HTML of the subset the server's
// sanitizer keeps; every change fires `value-changed` for the Java field.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import { Placeholder, CharacterCount } from '@tiptap/extensions';
import { toolbarButtons, ToolbarButton } from './toolbar';
import { Footnote } from './footnote';

const STYLE = `
  :host { display: block; }
  .toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 2px; padding: 4px; border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-bottom: none; border-radius: 6px 6px 0 0; background: var(--lumo-contrast-5pct, #f4f5f7); }
  .toolbar button { font: inherit; font-size: 0.85rem; min-width: 2rem; padding: 2px 6px; border: 1px solid transparent;
    border-radius: 4px; background: none; color: inherit; cursor: pointer; }
  .toolbar button[aria-pressed="true"] { background: var(--lumo-primary-color-10pct, #e0ecff); border-color: var(--lumo-primary-color-50pct, #8ab); }
  .toolbar button:focus-visible { outline: 2px solid var(--lumo-primary-color, #06c); }
  .toolbar .sep { width: 1px; background: var(--lumo-contrast-20pct, #ccc); margin: 2px 4px; }
  .surface { min-height: 18rem; padding: 0.75rem 1rem; border: 1px solid var(--lumo-contrast-20pct, #ccc);
    border-radius: 0 0 6px 6px; background: var(--lumo-base-color, #fff); font-family: Georgia, serif; line-height: 1.6; }
  .surface:focus-within { border-color: var(--lumo-primary-color, #06c); }
  .ProseMirror { outline: none; min-height: 16rem; }
  .ProseMirror p.is-editor-empty:first-child::before { content: attr(data-placeholder); float: left; height: 0;
    color: var(--lumo-secondary-text-color, #888); pointer-events: none; }
  .ProseMirror blockquote { border-left: 3px solid var(--lumo-contrast-30pct, #aaa); margin-left: 0; padding-left: 1rem; }
  .ProseMirror { counter-reset: footnote; }
  .ProseMirror sup.footnote { counter-increment: footnote; cursor: pointer; color: var(--lumo-primary-text-color, #06c);
    font-weight: 600; padding: 0 2px; }
  .ProseMirror sup.footnote::after { content: "[" counter(footnote) "]"; }
  .ProseMirror sup.footnote.ProseMirror-selectednode { outline: 2px solid var(--lumo-primary-color, #06c); }
  .count { font-size: 0.8rem; color: var(--lumo-secondary-text-color, #666); padding: 4px 2px; }
`;

class BroadsheetRichText extends HTMLElement {
  private editor?: Editor;
  private current = '';
  private buttons: { spec: ToolbarButton; element: HTMLButtonElement }[] = [];
  private countLine?: HTMLElement;

  static get observedAttributes() { return ['placeholder', 'readonly', 'accessible-name']; }

  get value(): string { return this.current; }

  set value(html: string) {
    const next = html ?? '';
    if (this.editor) {
      if (next !== this.current) {
        this.editor.commands.setContent(next, { emitUpdate: false });
        // the editor's own rendering of the stored HTML is the baseline, so focusing and
        // leaving without a change reports nothing
        this.current = this.editor.getHTML();
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
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const toolbar = document.createElement('div');
    toolbar.className = 'toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Formatting');
    const surface = document.createElement('div');
    surface.className = 'surface';
    this.countLine = document.createElement('div');
    this.countLine.className = 'count';
    this.countLine.setAttribute('aria-live', 'polite');
    root.append(style, toolbar, surface, this.countLine);

    this.editor = new Editor({
      element: surface,
      content: this.current,
      editable: !this.hasAttribute('readonly'),
      extensions: [
        StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: false, underline: false }),
        Link.configure({ openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'],
          HTMLAttributes: { rel: null, target: null } }),
        Placeholder.configure({ placeholder: () => this.getAttribute('placeholder') ?? '' }),
        CharacterCount,
        Footnote,
      ],
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': this.getAttribute('accessible-name') ?? 'Body' },
      },
      onUpdate: () => this.changed(),
      onSelectionUpdate: () => this.updateState(),
    });
    this.current = this.editor.getHTML();

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
      element.dataset.command = spec.id;
      element.addEventListener('click', () => spec.run(this.editor!, this));
      toolbar.append(element);
      this.buttons.push({ spec, element });
    }
    this.updateState();
  }

  attributeChangedCallback(name: string) {
    if (name === 'readonly' && this.editor) {
      this.editor.setEditable(!this.hasAttribute('readonly'));
    }
  }

  disconnectedCallback() {
    // Vaadin may move the element; the editor is kept until the element is garbage collected
  }

  private changed() {
    const html = this.editor!.isEmpty ? '' : this.editor!.getHTML();
    this.updateState();
    if (html !== this.current) {
      this.current = html;
      this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: html } }));
    }
  }

  private updateState() {
    if (!this.editor) {
      return;
    }
    for (const { spec, element } of this.buttons) {
      if (spec.active) {
        element.setAttribute('aria-pressed', String(spec.active(this.editor)));
      }
      element.disabled = !this.editor.isEditable;
    }
    const words = this.editor.storage.characterCount.words() as number;
    const minutes = Math.max(1, Math.round(words / 230));
    if (this.countLine) {
      this.countLine.textContent = `${words} ${words === 1 ? 'word' : 'words'} · ${minutes} min read`;
    }
  }
}

customElements.define('bs-rich-text', BroadsheetRichText);
