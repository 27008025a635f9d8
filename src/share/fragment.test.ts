import { describe, expect, it } from 'vitest';
import { decodePayload, encodePayload } from './codec';
import {
  buildEditorLink,
  buildEmbedLink,
  buildFragment,
  checkSourceUrl,
  parseLocation,
} from './fragment';
import { decodeSimValues, encodeSimValues } from './simValues';

const TEXT = 'osop_version: "1.0"\nid: demo\nname: "示範"\nnodes: []\nedges: []\n';

/** Splits an absolute link into what `location.search` and `location.hash` would be. */
function locationOf(link: string): { search: string; hash: string } {
  const url = new URL(link);
  return { search: url.search, hash: url.hash };
}

describe('parseLocation', () => {
  it('reads nothing from an empty address', () => {
    expect(parseLocation('', '')).toEqual({ embed: false, errors: [] });
    expect(parseLocation('?', '#')).toEqual({ embed: false, errors: [] });
  });

  it('reads the workflow and simulation payloads from the fragment', () => {
    const osop = encodePayload(TEXT);
    const sim = encodeSimValues({ p99_latency_10: 120 });
    const state = parseLocation('', `#osop=${osop}&sim=${sim}`);
    expect(state).toEqual({ osop, sim, embed: false, errors: [] });
  });

  it('reads url, embed, theme and dir from the query', () => {
    const state = parseLocation(
      '?url=https%3A%2F%2Fexample.org%2Fflows%2Fa.osop.yaml&embed&theme=dark&dir=RIGHT',
      '',
    );
    expect(state).toEqual({
      url: 'https://example.org/flows/a.osop.yaml',
      embed: true,
      theme: 'dark',
      dir: 'RIGHT',
      errors: [],
    });
  });

  it('accepts theme, dir and embed in the fragment, where they win over the query', () => {
    const state = parseLocation(
      '?theme=dark&dir=DOWN',
      '#osop=y8gEAA&theme=light&dir=right&embed=1',
    );
    expect(state).toEqual({
      osop: 'y8gEAA',
      theme: 'light',
      dir: 'RIGHT',
      embed: true,
      errors: [],
    });
  });

  it('reads embed flags', () => {
    expect(parseLocation('?embed', '').embed).toBe(true);
    expect(parseLocation('?embed=', '').embed).toBe(true);
    expect(parseLocation('?embed=true', '').embed).toBe(true);
    expect(parseLocation('?embed=0', '').embed).toBe(false);
    expect(parseLocation('?embed=false', '').embed).toBe(false);
    expect(parseLocation('?embed=1', '#embed=no').embed).toBe(false);
  });

  it('ignores unknown keys and an ordinary anchor', () => {
    expect(parseLocation('?utm_source=mail&ref=x', '#section-2')).toEqual({
      embed: false,
      errors: [],
    });
  });

  it('keeps the first of repeated keys and treats keys case-insensitively', () => {
    const state = parseLocation('?THEME=light&theme=dark', '#OSOP=first&osop=second');
    expect(state.theme).toBe('light');
    expect(state.osop).toBe('first');
  });

  it('percent-decodes values but keeps "+" as is', () => {
    expect(parseLocation('', '#osop=ab%2Dc+d').osop).toBe('ab-c+d');
  });

  it('explains values it cannot use', () => {
    const state = parseLocation('?theme=blue&dir=UP', '#osop=&sim=');
    expect(state.theme).toBeUndefined();
    expect(state.dir).toBeUndefined();
    expect(state.osop).toBeUndefined();
    expect(state.sim).toBeUndefined();
    expect(state.errors).toEqual([
      'The link has "#osop=" with no workflow after it.',
      'The link has "#sim=" with no simulation values after it.',
      'Unknown theme "blue" in the link (use theme=dark or theme=light); the default theme is used.',
      'Unknown direction "UP" in the link (use dir=DOWN or dir=RIGHT); the default direction is used.',
    ]);
  });

  it('reports broken %-escapes without throwing', () => {
    const state = parseLocation('?url=%E0%A4%A', '#osop=%zz');
    expect(state.osop).toBeUndefined();
    expect(state.url).toBeUndefined();
    expect(state.errors).toHaveLength(2);
    expect(state.errors[0]).toContain('broken %-escapes');
  });

  it('refuses ?url= that is not https', () => {
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      ' javascript:alert(1)',
      'data:text/yaml,osop_version: "1.0"',
      'file:///etc/passwd',
      'ftp://example.org/a.yaml',
      'http://example.org/a.yaml',
      'blob:https://example.org/uuid',
      '//example.org/a.yaml',
      'examples/a.yaml',
      'https://user:secret@example.org/a.yaml',
      '',
    ];
    for (const raw of refused) {
      const state = parseLocation(`?url=${encodeURIComponent(raw)}`, '');
      expect(state.url, raw).toBeUndefined();
      expect(state.errors, raw).toHaveLength(1);
      expect(state.errors[0], raw).toMatch(/\?url=/);
    }
    expect(parseLocation('?url=javascript%3Aalert(1)', '').errors[0]).toBe(
      'The ?url= in the link is a "javascript:" address; only https:// addresses are loaded.',
    );
  });

  it('accepts https anywhere and http on localhost', () => {
    for (const [raw, href] of [
      ['https://example.org/a.osop.yaml', 'https://example.org/a.osop.yaml'],
      ['HTTPS://Example.org/a%20b.yaml?raw=1', 'https://example.org/a%20b.yaml?raw=1'],
      ['http://localhost:5173/a.yaml', 'http://localhost:5173/a.yaml'],
      ['http://127.0.0.1:8080/a.yaml', 'http://127.0.0.1:8080/a.yaml'],
      ['http://[::1]/a.yaml', 'http://[::1]/a.yaml'],
    ] as const) {
      expect(checkSourceUrl(raw)).toEqual({ ok: true, value: href });
    }
  });
});

describe('building links', () => {
  it('builds a fragment from payloads', () => {
    expect(buildFragment({ osop: 'y8gEAA' })).toBe('#osop=y8gEAA');
    expect(buildFragment({ osop: 'y8gEAA', sim: 'q1YAAA' })).toBe('#osop=y8gEAA&sim=q1YAAA');
    expect(buildFragment({ osop: 'y8gEAA', sim: '' })).toBe('#osop=y8gEAA');
  });

  it('builds an editor link that parses back to the same text and values', () => {
    const values = { 'health_check_10.error_rate_10': 0.02, p99_latency_10: 120 };
    const link = buildEditorLink('https://example.org/canvas/', TEXT, {
      sim: values,
      theme: 'dark',
      dir: 'RIGHT',
    });
    expect(link).toMatch(
      /^https:\/\/example\.org\/canvas\/\?theme=dark&dir=RIGHT#osop=[\w-]+&sim=[\w-]+$/,
    );
    const { search, hash } = locationOf(link);
    const state = parseLocation(search, hash);
    expect(state.errors).toEqual([]);
    expect(state.embed).toBe(false);
    expect(state.theme).toBe('dark');
    expect(state.dir).toBe('RIGHT');
    expect(decodePayload(state.osop ?? '')).toEqual({ ok: true, value: TEXT });
    expect(decodeSimValues(state.sim ?? '')).toEqual({ ok: true, value: values });
  });

  it('builds an embed link', () => {
    const link = buildEmbedLink('https://example.org/canvas/index.html', TEXT, { theme: 'light' });
    expect(link).toBe(
      `https://example.org/canvas/index.html?embed&theme=light#osop=${encodePayload(TEXT)}`,
    );
    const { search, hash } = locationOf(link);
    expect(parseLocation(search, hash)).toMatchObject({ embed: true, theme: 'light', errors: [] });
  });

  it('replaces its own keys in the base and keeps the others', () => {
    const base =
      'https://example.org/c/?ref=docs&url=https%3A%2F%2Fx.org%2Fa.yaml&embed&theme=light#osop=old';
    expect(buildEditorLink(base, 'x', { dir: 'DOWN' })).toBe(
      `https://example.org/c/?ref=docs&dir=DOWN#osop=${encodePayload('x')}`,
    );
    expect(buildEditorLink('https://example.org/c/?', 'x')).toBe(
      `https://example.org/c/#osop=${encodePayload('x')}`,
    );
  });

  it('omits empty simulation values', () => {
    expect(buildEditorLink('https://example.org/', 'x', { sim: {} })).not.toContain('sim=');
  });

  it('never puts markup into a link', () => {
    const link = buildEditorLink('https://example.org/', '<script>alert(1)</script>');
    expect(link).not.toMatch(/[<>"' ]/);
  });
});
