import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';

function storeWithClock(text = 'a: 1\n') {
  let t = 0;
  const clock = { advance: (ms: number) => (t += ms) };
  const store = createAppStore({ text, source: { kind: 'example' }, now: () => t });
  return { store, clock };
}

describe('one undo history', () => {
  it('starts empty: the first document is not undoable', () => {
    const { store } = storeWithClock();
    expect(store.getState().past).toEqual([]);
    store.getState().undo();
    expect(store.getState().text).toBe('a: 1\n');
  });

  it('coalesces a burst of typing into one step, and splits at pauses', () => {
    const { store, clock } = storeWithClock();
    const s = () => store.getState();
    s().setText('a: 12\n', 'editor');
    clock.advance(200);
    s().setText('a: 123\n', 'editor');
    clock.advance(1500);
    s().setText('a: 1234\n', 'editor');
    expect(s().past).toEqual(['a: 1\n', 'a: 123\n']);
    s().undo();
    expect(s().text).toBe('a: 123\n');
    s().undo();
    expect(s().text).toBe('a: 1\n');
    s().redo();
    s().redo();
    expect(s().text).toBe('a: 1234\n');
  });

  it('makes every canvas edit its own step, between typing runs', () => {
    const { store } = storeWithClock();
    const s = () => store.getState();
    s().setText('a: 12\n', 'editor');
    s().setText('a: 12\nb: 1\n', 'canvas');
    s().setText('a: 12\nb: 12\n', 'editor');
    expect(s().past).toEqual(['a: 1\n', 'a: 12\n', 'a: 12\nb: 1\n']);
    s().undo();
    s().undo();
    expect(s().text).toBe('a: 12\n');
  });

  it('clears redo after a new change and ignores no-op changes', () => {
    const { store } = storeWithClock();
    const s = () => store.getState();
    s().setText('a: 2\n', 'canvas');
    s().undo();
    s().setText('a: 1\n', 'canvas');
    expect(s().future).toEqual(['a: 2\n']);
    s().setText('a: 3\n', 'canvas');
    expect(s().future).toEqual([]);
  });

  it('opening a document is undoable', () => {
    const { store } = storeWithClock();
    store.getState().loadDocument('b: 2\n', { kind: 'paste' });
    store.getState().undo();
    expect(store.getState().text).toBe('a: 1\n');
  });

  it('reports each change with its origin and the text before it', () => {
    const { store } = storeWithClock();
    store.getState().setText('a: 5\n', 'canvas', [{ start: 3, end: 4, text: '5' }]);
    expect(store.getState().lastUpdate).toMatchObject({ origin: 'canvas', previous: 'a: 1\n', changes: [{ start: 3, end: 4, text: '5' }] });
    store.getState().undo();
    expect(store.getState().lastUpdate).toMatchObject({ origin: 'history', previous: 'a: 5\n' });
  });
});
