// The notes under the text, numbered as the markers are, each written in place: typing changes the
// note inside its marker, so the two never part. Rebuilt only when markers come or go, so the
// note being typed keeps its focus.
import type { Editor } from '@tiptap/core';

interface Marker { pos: number; note: string }

export class NotesPanel {
  readonly element = document.createElement('section');
  private readonly list = document.createElement('ol');
  private fields: HTMLTextAreaElement[] = [];

  constructor(private readonly editor: () => Editor) {
    this.element.className = 'notes';
    this.element.setAttribute('aria-label', 'Footnotes');
    const heading = document.createElement('div');
    heading.className = 'notes-heading';
    heading.textContent = 'Footnotes';
    this.element.append(heading, this.list);
    this.element.hidden = true;
  }

  /** Follows the document: adds or drops rows, refreshes the notes not being typed in. */
  refresh() {
    const markers = this.markers();
    this.element.hidden = markers.length === 0;
    if (markers.length !== this.fields.length) {
      this.rebuild(markers.length);
    }
    markers.forEach((marker, i) => {
      const field = this.fields[i];
      if (this.shadowFocus() !== field && field.value !== marker.note) {
        field.value = marker.note;
      }
      field.closest('li')!.classList.toggle('empty', marker.note.trim() === '');
    });
  }

  setReadOnly(readOnly: boolean) {
    this.fields.forEach(field => (field.readOnly = readOnly));
  }

  /** Puts the cursor in the note of the marker at this position. */
  focusAt(pos: number) {
    this.refresh();
    const index = this.markers().findIndex(m => m.pos === pos);
    if (index >= 0) {
      this.fields[index].focus();
    }
  }

  private rebuild(count: number) {
    this.list.replaceChildren();
    this.fields = [];
    for (let i = 0; i < count; i++) {
      const item = document.createElement('li');
      const field = document.createElement('textarea');
      field.rows = 1;
      field.placeholder = 'Write the note…';
      field.setAttribute('aria-label', `Footnote ${i + 1}`);
      field.addEventListener('input', () => this.write(i, field.value));
      field.addEventListener('keydown', event => {
        if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
          event.preventDefault();
          this.backToMarker(i);
        }
      });
      const back = document.createElement('button');
      back.type = 'button';
      back.className = 'back';
      back.textContent = '↑';
      back.title = `Back to marker ${i + 1} in the text`;
      back.setAttribute('aria-label', `Back to marker ${i + 1} in the text`);
      back.addEventListener('click', () => this.backToMarker(i));
      item.append(field, back);
      this.list.append(item);
      this.fields.push(field);
    }
  }

  private write(index: number, note: string) {
    const marker = this.markers()[index];
    if (marker) {
      const editor = this.editor();
      editor.view.dispatch(editor.state.tr.setNodeMarkup(marker.pos, undefined, { note }));
    }
  }

  private backToMarker(index: number) {
    const marker = this.markers()[index];
    if (marker) {
      this.editor().chain().focus().setNodeSelection(marker.pos).scrollIntoView().run();
    }
  }

  private markers(): Marker[] {
    const markers: Marker[] = [];
    this.editor().state.doc.descendants((node, pos) => {
      if (node.type.name === 'footnote') {
        markers.push({ pos, note: node.attrs.note });
      }
      return true;
    });
    return markers;
  }

  private shadowFocus(): Element | null {
    const root = this.element.getRootNode() as ShadowRoot;
    return root.activeElement ?? null;
  }
}
