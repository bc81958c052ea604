// Footnotes arriving from elsewhere become our footnote nodes: from Word (_ftnN), Google Docs
// (ftntN) and Broadsheet's own public pages (fn-N). The marker takes the note's text; the notes
// list that came with it goes. Styles, classes and the rest are dropped by the schema itself.

const REFERENCE = 'a[href^="#_ftn"]:not([href^="#_ftnref"]), a[href^="#ftnt"]:not([href^="#ftnt_ref"]), '
  + 'sup.footnote-ref a[href^="#fn-"]';

export function importFootnotes(html: string): string {
  if (!/_ftn|ftnt|footnote-ref/.test(html)) {
    return html;
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const containers = new Set<Element>();
  for (const reference of Array.from(doc.querySelectorAll(REFERENCE))) {
    const id = reference.getAttribute('href')!.substring(1);
    const target = doc.getElementById(id) ?? doc.querySelector(`[name="${CSS.escape(id)}"]`);
    const container = target && noteContainer(target);
    if (!container) {
      continue;
    }
    const copy = container.cloneNode(true) as Element;
    copy.querySelectorAll('a[href^="#"], sup').forEach(back => back.remove());
    const marker = doc.createElement('sup');
    marker.className = 'footnote';
    marker.setAttribute('data-note', (copy.textContent ?? '').replace(/\s+/g, ' ').trim());
    const outer = reference.parentElement?.tagName === 'SUP' ? reference.parentElement : reference;
    outer.replaceWith(marker);
    containers.add(container);
  }
  containers.forEach(container => container.remove());
  doc.querySelectorAll('section.footnotes, div[style*="footnote-list"]').forEach(list => list.remove());
  return doc.body.innerHTML;
}

/** The element that holds one whole note: a list item, Word's note div, or Google's paragraph. */
function noteContainer(target: Element): Element | null {
  if (target.tagName === 'LI' || target.tagName === 'DIV') {
    return target;
  }
  return target.closest('li, p, div');
}
