/**
 * Lazy loading of the CEL engine. Importing this file loads no CEL code; the first call to
 * {@link loadExpressionEngine} fetches it (a separate chunk in the app build).
 */
import type { ExpressionEngine } from './types';

let loading: Promise<ExpressionEngine> | undefined;

/**
 * The expression engine, loading @bufbuild/cel on first use. The same engine (and its analysis
 * cache) is returned on every later call. Rejects only if the chunk cannot be loaded; the next
 * call then tries again.
 *
 * @example
 * const engine = await loadExpressionEngine();
 * const c = engine.analyze('error_rate_10 < 0.01');
 * engine.evaluate(c, { error_rate_10: 0.02 }); // { ok: true, value: false }
 */
export function loadExpressionEngine(): Promise<ExpressionEngine> {
  loading ??= import('./cel').then(
    (m) => m.createCelEngine(),
    (e: unknown) => {
      loading = undefined;
      throw e instanceof Error ? e : new Error(String(e));
    },
  );
  return loading;
}
