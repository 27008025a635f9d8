import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutNow } from '@/layout';
import { parseWorkflow } from '@/model/parse';
import { buildDiagram } from '@/render/diagram';
import { renderSvg } from '@/render/svg';
import { fetchWorkflow, fromSvgIfAny } from './loadSources';

const text = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

describe('fromSvgIfAny', () => {
  it('passes YAML through', () => {
    expect(fromSvgIfAny('w.osop.yaml', text)).toEqual({ ok: true, value: text });
  });
  it('reopens the YAML inside an exported SVG', async () => {
    const graph = parseWorkflow(text).graph;
    if (!graph) throw new Error('no graph');
    const diagram = buildDiagram(graph, 'DOWN');
    const svg = renderSvg({ graph, diagram, layout: await layoutNow(diagram.request), theme: 'light', source: text });
    expect(fromSvgIfAny('k8s.svg', svg)).toEqual({ ok: true, value: text });
  });
  it('explains an SVG without a workflow', () => {
    const r = fromSvgIfAny('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.title).toContain('no workflow inside');
  });
});

describe('fetchWorkflow', () => {
  const respond = (body: string, init: ResponseInit = {}) => () => Promise.resolve(new Response(body, init));
  it('returns the text of a good response', async () => {
    expect(await fetchWorkflow('https://x.test/w.yaml', respond(text))).toEqual({ ok: true, value: text });
  });
  it('explains HTTP errors and network/CORS failures', async () => {
    const notFound = await fetchWorkflow('https://x.test/missing.yaml', respond('no', { status: 404, statusText: 'Not Found' }));
    expect(!notFound.ok && notFound.error.title).toContain('404');
    const cors = await fetchWorkflow('https://x.test/w.yaml', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(!cors.ok && cors.error.detail).toContain('CORS');
  });
  it('refuses binary answers', async () => {
    const r = await fetchWorkflow('https://x.test/w.png', respond('\u0000\u0001PNG'));
    expect(r.ok).toBe(false);
  });
});
