// Picture files dropped or pasted into the text join the desk's library: each is posted to the
// address the desk gives in the `upload-target` attribute, and the desk answers by opening the
// image dialog for its description (or saying why the file was refused). The text never holds
// the file itself.

/** The picture files among those dropped or pasted; none when text came along (a copied page). */
export function pictureFiles(data: DataTransfer | null): File[] {
  if (!data || data.getData('text/plain').trim()) {
    return [];
  }
  return Array.from(data.files).filter(file => file.type.startsWith('image/'));
}

/** Sends the files one after the other, so their dialogs open in the order they were given. */
export async function sendPictures(target: string, files: File[], progress: (message: string) => void) {
  for (const [index, file] of files.entries()) {
    progress(`Uploading ${file.name || 'the picture'}${files.length > 1 ? ` (${index + 1} of ${files.length})` : ''}…`);
    const form = new FormData();
    form.append('file', file, file.name || 'pasted-picture.png');
    try {
      await fetch(target, { method: 'POST', body: form, credentials: 'same-origin' });
    } catch {
      progress(`${file.name || 'The picture'} could not be sent: check the connection and try again.`);
      return;
    }
  }
  progress('');
}
