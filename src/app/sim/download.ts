/** Saves text as a file through a temporary link (no server, nothing uploaded). */
export function downloadText(name: string, text: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name part from a workflow id (letters, digits, `._-`). */
export function safeFileName(id: string | undefined): string {
  const clean = (id ?? '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return clean === '' ? 'workflow' : clean;
}
