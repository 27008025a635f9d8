import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePayload, decodeSimValues, parseLocation } from '@/share';
import { buildSnippets, fileBase } from './snippets';

const text = readFileSync(new URL('../../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');
const base = 'https://example.org/canvas/';

function docOf(link: string): string {
  const url = new URL(link);
  const state = parseLocation(url.search, url.hash);
  const decoded = decodePayload(state.osop ?? '');
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value;
}

describe('share snippets', () => {
  it('editor and embed links reopen the same document', () => {
    const s = buildSnippets({ base, text, name: 'Kubernetes 漸進式發布' });
    expect(docOf(s.editorLink)).toBe(text);
    expect(docOf(s.embedLink)).toBe(text);
    expect(new URL(s.embedLink).searchParams.has('embed')).toBe(true);
  });

  it('carries the scenario and view settings when asked', () => {
    const s = buildSnippets({ base, text, name: 'x', sim: { error_rate_10: 0.02 }, theme: 'dark', dir: 'RIGHT' });
    const url = new URL(s.editorLink);
    const state = parseLocation(url.search, url.hash);
    expect(state).toMatchObject({ theme: 'dark', dir: 'RIGHT' });
    const sim = decodeSimValues(state.sim ?? '');
    expect(sim.ok && sim.value).toEqual({ error_rate_10: 0.02 });
  });

  it('every snippet points at the same workflow', () => {
    const s = buildSnippets({ base, text, name: 'A "quoted" <name>' });
    const src = /src="([^"]+)"/.exec(s.iframe)?.[1]?.replace(/&amp;/g, '&');
    expect(src && docOf(src)).toBe(text);
    const md = /\]\((https:[^)]+)\)$/.exec(s.markdown)?.[1];
    expect(md && docOf(md)).toBe(text);
    const href = /href="([^"]+)"/.exec(s.picture)?.[1]?.replace(/&amp;/g, '&');
    expect(href && docOf(href)).toBe(text);
    expect(s.iframe).toContain('title="A &quot;quoted&quot; &lt;name&gt;"');
    expect(s.picture).toContain('prefers-color-scheme: dark');
  });

  it('flags links over 8 KB and offers ?url= instead', () => {
    const big = `${text}\n${Array.from({ length: 4000 }, (_, i) => `# note ${i} ${Math.sin(i)}`).join('\n')}\n`;
    const s = buildSnippets({ base, text: big, name: 'big' });
    expect(s.tooLong).toBe(true);
    const viaUrl = buildSnippets({ base, text: big, name: 'big', rawUrl: 'https://raw.example.com/w.osop.yaml' });
    expect(viaUrl.tooLong).toBe(false);
    expect(viaUrl.editorLink).toBe('https://example.org/canvas/?url=https%3A%2F%2Fraw.example.com%2Fw.osop.yaml');
    expect(viaUrl.embedLink).toContain('?embed&url=');
  });

  it('makes safe file names', () => {
    expect(fileBase('Kubernetes 漸進式發布')).toBe('Kubernetes');
    expect(fileBase('k8s-rollout')).toBe('k8s-rollout');
    expect(fileBase('///')).toBe('workflow');
  });
});
