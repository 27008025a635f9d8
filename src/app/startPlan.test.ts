import { describe, expect, it } from 'vitest';
import { startFragment } from './startPlan';

describe('startFragment', () => {
  it('keeps the address as it is unless it is the stale one left behind', () => {
    expect(startFragment('#osop=abc', null)).toBe('#osop=abc');
    expect(startFragment('#osop=abc', '#osop=xyz')).toBe('#osop=abc');
    expect(startFragment('', '#osop=xyz')).toBe('');
  });
  it('drops the stale document (the autosave is newer) and keeps the simulation values', () => {
    expect(startFragment('#osop=abc', '#osop=abc')).toBe('');
    expect(startFragment('#osop=abc&sim=def', '#osop=abc&sim=def')).toBe('#sim=def');
  });
});
