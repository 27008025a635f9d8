import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import type { WorkflowNode } from '../types';
import { crlf, fixture, mustEdit, mustRefuse, swap } from './testkit';

const commented = fixture('commented.yaml');

function node(text: string, id: string): WorkflowNode {
  const found = parseWorkflow(text).graph?.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
}

const DEPLOY_URL = '      url: "https://deploy.example.com/v1"\n';

describe('node.set: text fields', () => {
  it('replaces a value in place, keeping its quotes', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'build',
      field: 'name',
      value: 'Compile',
    });
    expect(r.text).toBe(swap(commented, 'name: "Build"', 'name: "Compile"'));
    expect(r.touched.size).toBe(1);
    expect(node(r.text, 'build').name).toBe('Compile');
  });

  it('keeps a trailing comment', () => {
    const r = mustEdit(commented, { type: 'node.set', id: 'route', field: 'name', value: 'Route' });
    expect(r.text).toBe(
      swap(commented, 'name: Route by result   # plain name', 'name: Route   # plain name'),
    );
  });

  it('keeps a trailing comment on the header line when the value becomes a block', () => {
    const r = mustEdit(commented, { type: 'node.set', id: 'route', field: 'name', value: 'multi\nline' });
    expect(r.text).toBe(
      swap(commented, 'name: Route by result   # plain name\n', 'name: |-   # plain name\n      multi\n      line\n'),
    );
    expect(node(r.text, 'route').name).toBe('multi\nline');
  });

  it('appends a missing key after the node’s last line, quoting when needed', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'deploy',
      field: 'name',
      value: 'Deploy: prod',
    });
    expect(r.text).toBe(swap(commented, DEPLOY_URL, `${DEPLOY_URL}    name: "Deploy: prod"\n`));
    const yes = mustEdit(commented, {
      type: 'node.set',
      id: 'deploy',
      field: 'subtype',
      value: 'yes',
    });
    expect(yes.text).toBe(swap(commented, DEPLOY_URL, `${DEPLOY_URL}    subtype: "yes"\n`));
    expect(node(yes.text, 'deploy').subtype).toBe('yes');
  });

  it('removes a key set to empty', () => {
    const r = mustEdit(commented, { type: 'node.set', id: 'notify', field: 'name', value: '' });
    expect(r.text).toBe(
      swap(commented, '    type: human\n    name: Notify\n', '    type: human\n'),
    );
  });

  it('keeps a folded block scalar folded, and writes nothing for an unchanged value', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'test',
      field: 'purpose',
      value: 'Run all tests.\n',
    });
    expect(r.text).toBe(
      swap(
        commented,
        '    purpose: >\n      Run the unit and integration\n      tests on the artifact.\n',
        '    purpose: >\n      Run all tests.\n',
      ),
    );
    const same = node(commented, 'test').purpose;
    expect(
      mustEdit(commented, { type: 'node.set', id: 'test', field: 'purpose', value: same }).changes,
    ).toEqual([]);
  });

  it('writes multi-line text as a literal block', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'notify',
      field: 'name',
      value: 'Notify\nthe team',
    });
    expect(r.text).toBe(
      swap(commented, '    name: Notify\n', '    name: |-\n      Notify\n      the team\n'),
    );
    expect(node(r.text, 'notify').name).toBe('Notify\nthe team');
  });

  it('changes the type', () => {
    const r = mustEdit(commented, { type: 'node.set', id: 'deploy', field: 'type', value: 'db' });
    expect(r.text).toBe(
      swap(commented, '  - id: deploy\n    type: api\n', '  - id: deploy\n    type: db\n'),
    );
  });
});

describe('node.set: runtime', () => {
  it('edits a literal block command in place', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'build',
      field: 'runtime.command',
      value: 'npm ci\nnpm test\nnpm run build\n',
    });
    expect(r.text).toBe(
      swap(
        commented,
        '        npm ci\n        npm run build\n',
        '        npm ci\n        npm test\n        npm run build\n',
      ),
    );
  });

  it('creates `runtime:` when missing', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'route',
      field: 'runtime.command',
      value: 'route.sh',
    });
    expect(r.text).toBe(
      swap(
        commented,
        '    name: Route by result   # plain name\n',
        '    name: Route by result   # plain name\n    runtime:\n      command: route.sh\n',
      ),
    );
    expect(node(r.text, 'route').runtime).toEqual({ command: 'route.sh' });
  });

  it('sets and removes keys of an existing runtime, pruning it when emptied', () => {
    const url = mustEdit(commented, {
      type: 'node.set',
      id: 'deploy',
      field: 'runtime.url',
      value: 'https://x.test',
    });
    expect(url.text).toBe(
      swap(commented, 'url: "https://deploy.example.com/v1"', 'url: "https://x.test"'),
    );
    const method = mustEdit(commented, {
      type: 'node.set',
      id: 'deploy',
      field: 'runtime.method',
      value: undefined,
    });
    expect(method.text).toBe(swap(commented, '      method: POST\n', ''));
    const gone = mustEdit(commented, {
      type: 'node.set',
      id: 'build',
      field: 'runtime.command',
      value: null,
    });
    expect(gone.text).toBe(
      swap(
        commented,
        '    runtime:\n      command: |\n        npm ci\n        npm run build\n',
        '',
      ),
    );
    expect(node(gone.text, 'build').runtime).toEqual({});
  });

  it('writes a list of strings in flow style', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'deploy',
      field: 'runtime.tools',
      value: ['a', 'b c'],
    });
    expect(r.text).toBe(swap(commented, DEPLOY_URL, `${DEPLOY_URL}      tools: [a, b c]\n`));
  });
});

describe('node.set: numbers', () => {
  it('sets timeout_sec in place or appends it', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'build',
      field: 'timeout_sec',
      value: 600,
    });
    expect(r.text).toBe(swap(commented, 'timeout_sec: 300', 'timeout_sec: 600'));
    const s = mustEdit(commented, {
      type: 'node.set',
      id: 'notify',
      field: 'timeout_sec',
      value: '45',
    });
    expect(s.text).toBe(
      swap(commented, '    name: Notify\n', '    name: Notify\n    timeout_sec: 45\n'),
    );
    expect(node(s.text, 'notify').timeoutSec).toBe(45);
    mustRefuse(
      commented,
      { type: 'node.set', id: 'notify', field: 'timeout_sec', value: 'soon' },
      /timeout_sec/,
    );
    mustRefuse(
      commented,
      { type: 'node.set', id: 'notify', field: 'timeout_sec', value: -1 },
      /at least 0/,
    );
  });

  it('edits retry_policy keys, creating or pruning the mapping', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'test',
      field: 'retry_policy.max_retries',
      value: 5,
    });
    expect(r.text).toBe(swap(commented, 'max_retries: 2', 'max_retries: 5'));
    const rm = mustEdit(commented, {
      type: 'node.set',
      id: 'test',
      field: 'retry_policy.max_retries',
      value: undefined,
    });
    expect(rm.text).toBe(swap(commented, '      max_retries: 2\n', ''));
    const add = mustEdit(commented, {
      type: 'node.set',
      id: 'notify',
      field: 'retry_policy.max_retries',
      value: 3,
    });
    expect(add.text).toBe(
      swap(
        commented,
        '    name: Notify\n',
        '    name: Notify\n    retry_policy:\n      max_retries: 3\n',
      ),
    );
    expect(node(add.text, 'notify').maxRetries).toBe(3);
  });
});

describe('node.set: inputs and outputs', () => {
  it('keeps a flow list flow, and kept items byte for byte', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'build',
      field: 'outputs',
      value: ['version', 'sbom'],
    });
    expect(r.text).toBe(
      swap(commented, "outputs: [artifact, 'version']", "outputs: ['version', sbom]"),
    );
    expect(node(r.text, 'build').outputs.map((o) => o.name)).toEqual(['version', 'sbom']);
  });

  it('edits a block list item by item (objects and comments of kept items stay)', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'test',
      field: 'outputs',
      value: ['report', 'coverage', 'junit'],
    });
    expect(r.text).toBe(
      swap(commented, '        schema: number\n', '        schema: number\n      - junit\n'),
    );
    const first = mustEdit(commented, {
      type: 'node.set',
      id: 'test',
      field: 'outputs',
      value: ['log', 'coverage'],
    });
    expect(first.text).toBe(swap(commented, '      - report\n', '      - log\n'));
  });

  it('creates a flow list, and removes the key for an empty list', () => {
    const r = mustEdit(commented, {
      type: 'node.set',
      id: 'notify',
      field: 'inputs',
      value: ['report'],
    });
    expect(r.text).toBe(
      swap(commented, '    name: Notify\n', '    name: Notify\n    inputs: [report]\n'),
    );
    const rm = mustEdit(commented, { type: 'node.set', id: 'test', field: 'outputs', value: [] });
    expect(rm.text).toBe(
      swap(
        commented,
        '    outputs:\n      - report\n      # coverage is optional\n      - name: coverage\n        schema: number\n',
        '',
      ),
    );
    mustRefuse(
      commented,
      { type: 'node.set', id: 'test', field: 'outputs', value: 'x' },
      /list of names/,
    );
  });

  it('keeps CRLF', () => {
    const r = mustEdit(crlf(commented), {
      type: 'node.set',
      id: 'test',
      field: 'outputs',
      value: ['report', 'coverage', 'junit'],
    });
    expect(r.text).toBe(
      crlf(swap(commented, '        schema: number\n', '        schema: number\n      - junit\n')),
    );
  });
});

describe('node.set: refusals', () => {
  it('refuses unknown nodes, bad paths and lists for scalar fields', () => {
    mustRefuse(
      commented,
      { type: 'node.set', id: 'ghost', field: 'name', value: 'x' },
      /no node "ghost"/,
    );
    mustRefuse(
      commented,
      { type: 'node.set', id: 'build', field: 'runtime.', value: 'x' },
      /not a field path/,
    );
    mustRefuse(
      commented,
      { type: 'node.set', id: 'build', field: 'name', value: ['a'] },
      /one value/,
    );
  });
});
