/**
 * Generators of synthetic workflows for tests and benchmarks (test-only code).
 */

/** A layered workflow with `nodeCount` nodes and about `edgeRatio × nodeCount` edges, some conditional. */
export function generateWorkflow(nodeCount: number, edgeRatio = 1.6, purposeLength = 40): string {
  const lines = ['osop_version: "1.0"', 'id: generated', 'name: Generated workflow', 'nodes:'];
  const types = ['agent', 'api', 'cli', 'human', 'db'];
  const filler = 'x'.repeat(purposeLength);
  for (let i = 0; i < nodeCount; i++) {
    lines.push(
      `  - id: n${i}`,
      `    type: ${types[i % types.length] ?? 'cli'}`,
      `    purpose: "Step ${i} ${filler}"`,
    );
    lines.push(`    outputs: [out_${i}]`, '    timeout_sec: 30');
  }
  lines.push('edges:');
  const edgeCount = Math.round(nodeCount * edgeRatio);
  for (let e = 0; e < edgeCount; e++) {
    const from = e % (nodeCount - 1);
    const jump = e < nodeCount - 1 ? 1 : 1 + (e % 7);
    const to = Math.min(nodeCount - 1, from + jump);
    lines.push(`  - from: n${from}`, `    to: n${to}`);
    if (e % 5 === 0)
      lines.push('    mode: conditional', `    condition: "out_${from} > ${e % 10}"`);
  }
  return `${lines.join('\n')}\n`;
}

/** A chain n0 → n1 → … of `length` nodes, closed by an edge back to n0 when `cyclic`. */
export function generateChain(length: number, cyclic = false): string {
  const lines = ['nodes:'];
  for (let i = 0; i < length; i++) lines.push(`  - { id: n${i}, type: cli }`);
  lines.push('edges:');
  for (let i = 0; i + 1 < length; i++) lines.push(`  - { from: n${i}, to: n${i + 1} }`);
  if (cyclic) lines.push(`  - { from: n${length - 1}, to: n0 }`);
  return `${lines.join('\n')}\n`;
}

/** A "billion laughs" document: `levels` anchors, each aliasing the previous one ten times. */
export function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  lines.push(`nodes: *a${levels - 1}`);
  return `${lines.join('\n')}\n`;
}
