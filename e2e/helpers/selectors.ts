/** Selectors shared by the specs: test ids from the app plus the DOM contract of DESIGN.md. */
export { TID } from '../../src/app/testIds';

export const SEL = {
  node: '[data-node-id]',
  edge: 'g[data-edge-from]',
  edgeLabel: '[data-edge-label]',
  nodeById: (id: string) => `[data-node-id="${id}"]`,
} as const;
