import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '@/model/parse';
import { toMarkers } from './markers';

describe('toMarkers', () => {
  it('places each diagnostic at its line and column with its code and severity', () => {
    const { diagnostics } = parseWorkflow('osop_version: "1.0"\nid: x\nnodes:\n  - id: a\n    type: cli\nedges:\n  - from: a\n    to: ghost\n');
    const markers = toMarkers(diagnostics);
    const unknown = markers.find((m) => m.code === 'EDGE_UNKNOWN_NODE');
    expect(unknown).toMatchObject({ startLineNumber: 8, severity: 'error', source: 'OSOP Canvas' });
    expect(unknown?.endColumn).toBeGreaterThan(unknown?.startColumn ?? 0);
  });
  it('widens empty ranges so the marker is visible', () => {
    const markers = toMarkers([{ code: 'YAML_SYNTAX', severity: 'error', message: 'x', range: { start: 0, end: 0, line: 2, col: 1, endLine: 2, endCol: 1 } }]);
    expect(markers[0]).toMatchObject({ startColumn: 1, endColumn: 2 });
  });
});
