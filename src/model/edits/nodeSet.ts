/**
 * `node.set`: inspector edits of one node field. Scalars keep their style; runtime keys and
 * `retry_policy` keys create their mapping when needed and prune it when emptied; `inputs` and
 * `outputs` are edited item by item (see `ioLists.ts`). Internal to `edits/`; pure.
 */
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import type { ChangeSet } from './changes';
import { countField, scalarField } from './edgeOps';
import { setIoList } from './ioLists';
import { newList } from './newValues';
import type { NewValue } from './newValues';
import { deleteIn, setIn } from './setIn';
import type { FieldValue, NodeField } from './types';
import { findNode } from './workflow';
import type { Workflow } from './workflow';

type Done = Result<undefined, string>;

const COUNT_FIELDS: ReadonlySet<string> = new Set([
  'timeout_sec',
  'retry_policy.max_retries',
  'retry_policy.backoff_sec',
]);

/** `Array.isArray` that keeps the element type of a `readonly string[]`. */
const isList = (value: FieldValue): value is readonly string[] => Array.isArray(value);

/** The value to write for a runtime key: a scalar, or a list of strings as `[a, b]`. */
function runtimeValue(field: string, value: FieldValue): Result<NewValue | undefined, string> {
  if (isList(value)) {
    const items = value.filter((v) => v.trim() !== '');
    return ok(items.length === 0 ? undefined : newList(items));
  }
  return scalarField(field, value);
}

function valueFor(field: NodeField, value: FieldValue): Result<NewValue | undefined, string> {
  if (COUNT_FIELDS.has(field)) return countField(field, value, 0);
  if (field.startsWith('runtime.')) return runtimeValue(field, value);
  return scalarField(field, value);
}

/** `node.set`: sets or removes one field of node `id`. */
export function setNodeField(
  wf: Workflow,
  cs: ChangeSet,
  id: string,
  field: NodeField,
  value: FieldValue,
): Done {
  const node = findNode(wf, id);
  if (!node.ok) return node;
  const map = node.value.map;
  if (field === 'inputs' || field === 'outputs') {
    if (value !== undefined && value !== null && !isList(value)) {
      return err(`\`${field}\` takes a list of names.`);
    }
    const names = (value ?? []).map((v) => v.trim()).filter((v) => v !== '');
    setIoList(wf.src, cs, map, field, names);
    return ok(undefined);
  }
  const path = field.split('.');
  if (path.some((key) => key.trim() === '')) return err(`"${field}" is not a field path.`);
  const parsed = valueFor(field, value);
  if (!parsed.ok) return parsed;
  if (parsed.value === undefined) deleteIn(wf.src, cs, map, path);
  else setIn(wf.src, cs, map, path, parsed.value);
  return ok(undefined);
}
