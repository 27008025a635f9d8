import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { fromElk, readElk } from './fromElk';
import type { LayoutRequest } from './protocol';

/** A laid-out nested graph, shaped like ELK's output (sections/labels relative to the container). */
function nested(): ElkNode {
  return {
    id: 'root',
    x: 0,
    y: 0,
    width: 300,
    height: 320,
    children: [
      {
        id: 'n:P',
        x: 20,
        y: 20,
        width: 110,
        height: 170,
        children: [
          { id: 'n:a', x: 30, y: 30, width: 50, height: 30 },
          { id: 'n:b', x: 30, y: 110, width: 50, height: 30 },
        ],
        edges: [
          {
            id: 'e:ab',
            sources: ['n:a'],
            targets: ['n:b'],
            container: 'n:P',
            labels: [{ id: 'l:ab', text: 'hi', x: 45, y: 80, width: 20, height: 10 }],
            sections: [{ id: 's0', startPoint: { x: 55, y: 60 }, endPoint: { x: 55, y: 110 } }],
          },
        ],
      },
      { id: 'n:c', x: 48, y: 245, width: 50, height: 30 },
    ],
    edges: [
      {
        id: 'e:bc',
        sources: ['n:b'],
        targets: ['n:c'],
        container: 'root',
        labels: [{ id: 'l:bc', text: 'x', x: 79, y: 215, width: 20, height: 10 }],
        sections: [
          {
            id: 's1',
            startPoint: { x: 75, y: 160 },
            endPoint: { x: 73, y: 245 },
            bendPoints: [
              { x: 75, y: 205 },
              { x: 73, y: 205 },
            ],
          },
        ],
      },
      // Listed in the root but contained in P: `container` decides the coordinate system.
      {
        id: 'e:ba',
        sources: ['n:b'],
        targets: ['n:a'],
        container: 'n:P',
        sections: [{ id: 's2', startPoint: { x: 60, y: 110 }, endPoint: { x: 60, y: 60 } }],
      },
    ],
  };
}

describe('readElk', () => {
  it('makes node, edge and label coordinates absolute through nested containers', () => {
    const result = readElk(nested(), 'k', 12);
    expect(result).toMatchObject({ key: 'k', ms: 12 });
    expect(result.nodes.P).toEqual({ id: 'P', x: 20, y: 20, width: 110, height: 170 });
    expect(result.nodes.a).toEqual({ id: 'a', x: 50, y: 50, width: 50, height: 30 });
    expect(result.nodes.b).toEqual({ id: 'b', x: 50, y: 130, width: 50, height: 30 });
    expect(result.nodes.c).toEqual({ id: 'c', x: 48, y: 245, width: 50, height: 30 });
    expect(result.edges.ab).toEqual({
      id: 'ab',
      from: 'a',
      to: 'b',
      points: [
        { x: 75, y: 80 },
        { x: 75, y: 130 },
      ],
      label: { x: 65, y: 100, width: 20, height: 10 },
    });
    expect(result.edges.bc?.points).toEqual([
      { x: 75, y: 160 },
      { x: 75, y: 205 },
      { x: 73, y: 205 },
      { x: 73, y: 245 },
    ]);
    expect(result.edges.bc?.label).toEqual({ x: 79, y: 215, width: 20, height: 10 });
    expect(result.edges.ba?.points).toEqual([
      { x: 80, y: 130 },
      { x: 80, y: 80 },
    ]);
    expect(result.width).toBe(300);
    expect(result.height).toBe(320);
  });

  it('chains multiple sections in path order', () => {
    const root: ElkNode = {
      id: 'root',
      children: [
        { id: 'n:a', x: 0, y: 0, width: 10, height: 10 },
        { id: 'n:b', x: 0, y: 100, width: 10, height: 10 },
      ],
      edges: [
        {
          id: 'e:ab',
          sources: ['n:a'],
          targets: ['n:b'],
          sections: [
            { id: 's2', startPoint: { x: 5, y: 50 }, endPoint: { x: 5, y: 100 }, incomingSections: ['s1'] },
            { id: 's1', startPoint: { x: 5, y: 10 }, endPoint: { x: 5, y: 50 }, outgoingSections: ['s2'] },
          ],
        },
      ],
    };
    expect(readElk(root, 'k').edges.ab?.points).toEqual([
      { x: 5, y: 10 },
      { x: 5, y: 50 },
      { x: 5, y: 100 },
    ]);
  });
});

describe('fromElk', () => {
  it('applies pins and re-routes the edges of moved nodes', () => {
    const request: LayoutRequest = {
      key: 'k',
      direction: 'DOWN',
      nodes: [
        { id: 'P', width: 110, height: 170 },
        { id: 'a', width: 50, height: 30 },
        { id: 'b', width: 50, height: 30 },
        { id: 'c', width: 50, height: 30, pinned: { x: 400, y: 500 } },
      ],
      edges: [
        { id: 'ab', from: 'a', to: 'b', label: { text: 'hi', width: 20, height: 10 } },
        { id: 'bc', from: 'b', to: 'c', label: { text: 'x', width: 20, height: 10 } },
        { id: 'ba', from: 'b', to: 'a' },
      ],
    };
    const result = fromElk(nested(), request);
    expect(result.nodes.c).toMatchObject({ x: 400, y: 500 });
    expect(result.edges.ab).toEqual(readElk(nested(), 'k').edges.ab);
    const bc = result.edges.bc;
    expect(bc?.points[0]).toEqual({ x: 75, y: 160 });
    expect(bc?.points.at(-1)).toEqual({ x: 425, y: 500 });
    expect(bc?.label).toEqual({ x: 240, y: 325, width: 20, height: 10 });
    expect(result.width).toBe(450);
    expect(result.height).toBe(530);
  });
});
