import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '@/model/parse';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { toFlow, type Shown } from './toFlow';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');


function shownOf(store: ReturnType<typeof createAppStore>): Shown {
  const shown = store.getState().shown;
  if (shown === null) throw new Error('nothing shown');
  return shown;
}

describe('toFlow', () => {
  it('keeps the objects of nodes and edges an edit did not change', async () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    startLayoutEffect(store, columnLayout);
    await flush();
    const before = toFlow(shownOf(store), true);
    expect(store.getState().applyEdit({ type: 'node.set', id: 'validate_manifests', field: 'timeout_sec', value: 45 })).toBe(true);
    await flush();
    const after = toFlow(shownOf(store), true, before);
    expect(after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id)).toEqual(['validate_manifests']);
    expect(after.nodes.find((n) => n.id === 'validate_manifests')?.data.card.chips.map((c) => c.text)).toContain('45s');
    expect(after.edges.every((e, i) => e === before.edges[i])).toBe(true);
    // A change of what is editable redraws everything (handles appear or go).
    const readOnly = toFlow(shownOf(store), false, after);
    expect(readOnly.nodes.some((n, i) => n === after.nodes[i])).toBe(false);
    expect(readOnly.edges.some((e, i) => e === after.edges[i])).toBe(false);
  });

  it('builds the same flow with or without a previous one', async () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    startLayoutEffect(store, columnLayout);
    await flush();
    const first = toFlow(shownOf(store), true);
    store.getState().setText(reference.replace('timeout_sec: 30', 'timeout_sec: 31'), 'editor');
    await flush();
    expect(JSON.stringify(toFlow(shownOf(store), true, first))).toBe(JSON.stringify(toFlow(shownOf(store), true)));
    expect(parseWorkflow(store.getState().text).graph?.nodes[0]?.timeoutSec).toBe(31);
  });
});
