// Generates layered OSOP workflows for the benchmark: `n` nodes in layers of ~8, about 1.6
// edges per node, ~30% of them conditional with a label. Deterministic (seeded PRNG).

const TYPES = ['cli', 'api', 'agent', 'human', 'db', 'git', 'cicd', 'mcp'];
const VERBS = ['Build', 'Test', 'Deploy', 'Review', 'Validate', 'Notify', 'Scan', 'Package', 'Approve', 'Migrate'];
const THINGS = ['service', 'manifests', 'schema', 'release notes', 'container image', 'canary', 'metrics', 'report'];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @returns {{ text: string, nodes: number, edges: number }} */
export function generateWorkflow(n, seed = 42) {
  const rand = prng(seed + n);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const width = Math.max(1, Math.min(8, Math.round(Math.sqrt(n) / 1.5)));
  const layers = [];
  for (let i = 0; i < n; i++) {
    const layer = Math.floor(i / width);
    (layers[layer] ??= []).push(`step_${i}`);
  }
  const lines = ['osop_version: "1.0"', `id: bench-${n}`, `name: "Benchmark workflow with ${n} nodes"`, 'nodes:'];
  for (let i = 0; i < n; i++) {
    const type = pick(TYPES);
    lines.push(`  - id: step_${i}`, `    type: ${type}`, `    purpose: "${pick(VERBS)} the ${pick(THINGS)} (${i})"`);
    if (type === 'cli') lines.push(`    runtime: { command: "make ${pick(VERBS).toLowerCase()}-${i}" }`);
    if (type === 'api') lines.push(`    runtime: { method: POST, url: "https://api.example.com/v1/${i}" }`);
    lines.push(`    outputs: [out_${i}]`);
    if (rand() < 0.3) lines.push(`    timeout_sec: ${60 * (1 + Math.floor(rand() * 10))}`);
  }
  lines.push('edges:');
  const target = Math.round(n * 1.6);
  const seen = new Set();
  let edges = 0;
  const addEdge = (from, to) => {
    const key = `${from}>${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    edges++;
    if (rand() < 0.3) {
      const idx = from.slice(5);
      lines.push(`  - from: ${from}`, `    to: ${to}`, '    mode: conditional', `    when: "out_${idx} > ${Math.floor(rand() * 100)}"`, `    label: "${pick(['if healthy', 'when approved', 'on high load', 'if tests pass', 'retry budget left'])}"`);
    } else {
      lines.push(`  - from: ${from}`, `    to: ${to}`, `    mode: ${rand() < 0.15 ? 'parallel' : 'sequential'}`);
    }
    return true;
  };
  // Every node after the first layer gets one edge from the previous layer (connected graph).
  for (let l = 1; l < layers.length; l++) {
    for (const to of layers[l]) addEdge(pick(layers[l - 1]), to);
  }
  // Extra forward edges, mostly to the next layer, sometimes skipping one.
  let guard = 0;
  while (edges < target && guard++ < target * 20 && layers.length > 1) {
    const l = Math.floor(rand() * (layers.length - 1));
    const span = rand() < 0.8 ? 1 : 2;
    const toLayer = layers[Math.min(layers.length - 1, l + span)];
    addEdge(pick(layers[l]), pick(toLayer));
  }
  return { text: `${lines.join('\n')}\n`, nodes: n, edges };
}
