import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveText, suggestFileName, type SaveHandle } from './saveFile';

describe('suggestFileName', () => {
  it("keeps the opened file's own name", () => {
    expect(suggestFileName('release.yml', 'k8s-rollout')).toBe('release.yml');
    expect(suggestFileName('Pipeline.OSOP.YAML', 'x')).toBe('Pipeline.OSOP.YAML');
    expect(suggestFileName('flow.osop', 'x')).toBe('flow.osop');
  });

  it('names the document after its workflow id otherwise', () => {
    expect(suggestFileName(undefined, 'k8s-rollout')).toBe('k8s-rollout.osop.yaml');
    // Not a workflow file name (another extension, a path): the id again.
    expect(suggestFileName('notes.json', 'k8s-rollout')).toBe('k8s-rollout.osop.yaml');
    expect(suggestFileName('dir/flow.yaml', 'k8s-rollout')).toBe('k8s-rollout.osop.yaml');
    expect(suggestFileName('', 'k8s-rollout')).toBe('k8s-rollout.osop.yaml');
  });

  it('makes a safe file name of any id', () => {
    expect(suggestFileName(undefined, 'my flow/v2: "beta"')).toBe('my-flow-v2-beta.osop.yaml');
    expect(suggestFileName(undefined, '../../etc/passwd')).toBe('etc-passwd.osop.yaml');
    expect(suggestFileName(undefined, '.hidden')).toBe('hidden.osop.yaml'); // no hidden files
    expect(suggestFileName(undefined, '發布')).toBe('workflow.osop.yaml');
    expect(suggestFileName(undefined, '///')).toBe('workflow.osop.yaml');
    expect(suggestFileName(undefined, undefined)).toBe('workflow.osop.yaml');
  });
});

describe('saveText', () => {
  afterEach(() => vi.unstubAllGlobals());

  function fakeHandle(name: string, written: string[]): SaveHandle {
    return {
      name,
      createWritable: () => {
        let text = '';
        return Promise.resolve({
          write: (data: string) => Promise.resolve(void (text += data)),
          close: () => Promise.resolve(void written.push(text)),
        });
      },
    };
  }

  it('asks for a file once, then writes to the handle it is given', async () => {
    const written: string[] = [];
    const picker = vi.fn(() => Promise.resolve(fakeHandle('a.osop.yaml', written)));
    vi.stubGlobal('window', { showSaveFilePicker: picker });
    const first = await saveText('one', 'a.osop.yaml', null);
    expect(first.kind).toBe('saved');
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'a.osop.yaml' }));
    const second = await saveText('two', 'a.osop.yaml', first.kind === 'saved' ? first.handle : null);
    expect(second.kind).toBe('saved');
    expect(picker).toHaveBeenCalledTimes(1);
    expect(written).toEqual(['one', 'two']);
  });

  it('reports a cancelled picker as cancelled, other errors as failures', async () => {
    vi.stubGlobal('window', { showSaveFilePicker: () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')) });
    expect(await saveText('x', 'a.yaml', null)).toEqual({ kind: 'cancelled' });
    vi.stubGlobal('window', { showSaveFilePicker: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) });
    expect(await saveText('x', 'a.yaml', null)).toEqual({ kind: 'failed', message: 'Not allowed' });
  });

  it('downloads where the picker is refused outright (a cross-origin frame)', async () => {
    const clicked: string[] = [];
    vi.stubGlobal('window', { showSaveFilePicker: () => Promise.reject(new DOMException('Cross origin sub frames are not allowed', 'SecurityError')) });
    vi.stubGlobal('document', {
      createElement: () => ({ href: '', download: '', click() { clicked.push(this.download); }, remove: () => undefined }),
      body: { append: () => undefined },
    });
    vi.stubGlobal('URL', { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    expect(await saveText('x', 'a.osop.yaml', null)).toEqual({ kind: 'downloaded', name: 'a.osop.yaml' });
    expect(clicked).toEqual(['a.osop.yaml']);
  });
});
