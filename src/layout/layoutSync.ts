/**
 * In-thread layout: for unit tests, the Node CLI and the main-thread fallback. Works in plain
 * Node (no DOM, no worker). Large graphs use the fast layout and never load ELK; the bundled
 * ELK is imported on the first small graph and runs synchronously inside one task.
 */
import type { ELK } from 'elkjs/lib/elk-api';
import type { LayoutRequest, LayoutResult } from './protocol';
import { runLayout } from './runLayout';

let elk: Promise<ELK> | undefined;

/** The shared ELK instance, loaded on first use. */
const loadElk = (): Promise<ELK> =>
  (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk()));

/** Lays out `request` in the current thread (see {@link runLayout}). */
export function layoutNow(request: LayoutRequest): Promise<LayoutResult> {
  return runLayout(loadElk, request);
}
