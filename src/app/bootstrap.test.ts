import { describe, expect, it } from 'vitest';
import { encodePayload } from '@/share';
import { planStart } from './bootstrap';

const reference = { text: 'reference: yes\n', title: 'Reference' };
const base = { search: '', hash: '', autosaved: null, reference, prefersDark: false, savedTheme: null };

describe('planStart', () => {
  it('opens the reference example on a first visit', () => {
    const plan = planStart(base);
    expect(plan.text).toBe(reference.text);
    expect(plan.source.kind).toBe('example');
    expect(plan.notice).toBeUndefined();
  });

  it('prefers the autosaved document over the reference example', () => {
    expect(planStart({ ...base, autosaved: 'mine: 1\n' }).text).toBe('mine: 1\n');
  });

  it('prefers a #osop= fragment over the autosave', () => {
    const plan = planStart({ ...base, autosaved: 'mine: 1\n', hash: `#osop=${encodePayload('linked: 2\n')}` });
    expect(plan.text).toBe('linked: 2\n');
    expect(plan.source.kind).toBe('link');
  });

  it('explains a damaged fragment and falls back to the autosave', () => {
    const plan = planStart({ ...base, autosaved: 'mine: 1\n', hash: '#osop=AAAA' });
    expect(plan.text).toBe('mine: 1\n');
    expect(plan.notice?.kind).toBe('error');
    expect(plan.notice?.title).toMatch(/could not be opened/);
  });

  it('explains broken %-escapes in the fragment as a broken link', () => {
    expect(planStart({ ...base, hash: '#osop=%%%x' }).notice?.title).toMatch(/could not be opened/);
  });

  it('reads theme, direction, embed, url and sim from the address', () => {
    const plan = planStart({ ...base, search: `?embed&theme=dark&dir=RIGHT&url=${encodeURIComponent('https://example.com/w.yaml')}`, hash: '#sim=abc' });
    expect(plan).toMatchObject({ embed: true, theme: 'dark', dir: 'RIGHT', url: 'https://example.com/w.yaml', sim: 'abc' });
  });

  it('does not refetch ?url= when the fragment already holds the document', () => {
    const plan = planStart({ ...base, search: `?url=${encodeURIComponent('https://example.com/w.yaml')}`, hash: `#osop=${encodePayload('x: 1\n')}` });
    expect(plan.url).toBeUndefined();
    expect(plan.text).toBe('x: 1\n');
  });

  it('embed views ignore the autosave', () => {
    expect(planStart({ ...base, search: '?embed', autosaved: 'mine: 1\n' }).text).toBe(reference.text);
  });

  it('uses the saved theme, else the system preference', () => {
    expect(planStart({ ...base, savedTheme: 'dark' }).theme).toBe('dark');
    expect(planStart({ ...base, prefersDark: true }).theme).toBe('dark');
    expect(planStart(base).theme).toBe('light');
  });
});
