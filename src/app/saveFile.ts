/**
 * "Save": writes the document to a file. Where the browser has the File System Access API the
 * user picks the file once and later saves write to it again; elsewhere the file downloads.
 */

/** The parts of the File System Access API used here (not in TypeScript's DOM types). */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
export interface SaveHandle {
  readonly name: string;
  createWritable(): Promise<WritableFile>;
}
type SavePicker = (options: {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveHandle>;

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly handle: SaveHandle }
  | { readonly kind: 'downloaded'; readonly name: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** A file name for the document: the opened file's own, else `<id>.osop.yaml`. */
export function suggestFileName(sourceName: string | undefined, workflowId: string | undefined): string {
  if (sourceName && /\.(osop|ya?ml)$/i.test(sourceName) && !sourceName.includes('/')) return sourceName;
  const stem = (workflowId ?? 'workflow').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'workflow';
  return `${stem}.osop.yaml`;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Writes `text` to `handle` (asks for a file first when there is none yet). */
export async function saveText(text: string, name: string, handle: SaveHandle | null): Promise<SaveOutcome> {
  const picker = (window as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (!handle && typeof picker !== 'function') {
    download(text, name);
    return { kind: 'downloaded', name };
  }
  let target = handle;
  try {
    if (target === null) {
      try {
        target = await (picker as SavePicker)({
          suggestedName: name,
          types: [{ description: 'OSOP workflow', accept: { 'application/yaml': ['.yaml', '.yml', '.osop'] } }],
        });
      } catch (error) {
        // Not allowed here at all (a cross-origin frame, a policy): download instead.
        if (error instanceof DOMException && error.name === 'SecurityError') {
          download(text, name);
          return { kind: 'downloaded', name };
        }
        throw error;
      }
    }
    const writable = await target.createWritable();
    await writable.write(text);
    await writable.close();
    return { kind: 'saved', handle: target };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' };
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
