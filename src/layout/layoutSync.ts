/**
 * In-thread layout with the bundled ELK: for unit tests, the Node CLI and the main-thread
 * fallback. Works in plain Node (no DOM, no worker). ELK runs synchronously inside one task.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ELK as ElkApi } from 'elkjs/lib/elk-api';
import type { LayoutRequest, LayoutResult } from './protocol';
import { runLayout } from './runLayout';

let elk: ElkApi | undefined;

/** Lays out `request` in the current thread (one shared ELK instance, created on first use). */
export function layoutNow(request: LayoutRequest): Promise<LayoutResult> {
  elk ??= new ELK();
  return runLayout(elk, request);
}
