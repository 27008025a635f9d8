/** Flat polylines built point by point in a reused buffer (no object per point while routing). */

/** A growing flat polyline [x0, y0, x1, y1, …] in a reused buffer. */
export interface Polyline {
  buf: Float64Array;
  n: number;
}

/** Appends a point unless it repeats the last one or continues a straight run (then it replaces it). */
export function push(line: Polyline, px: number, py: number): void {
  const { buf, n } = line;
  if (n >= 2) {
    const lx = buf[n - 2] ?? 0;
    const ly = buf[n - 1] ?? 0;
    if (Math.abs(lx - px) < 1e-6 && Math.abs(ly - py) < 1e-6) return;
    if (n >= 4) {
      const qx = buf[n - 4] ?? 0;
      const qy = buf[n - 3] ?? 0;
      const vertical = Math.abs(qx - lx) < 1e-6 && Math.abs(lx - px) < 1e-6;
      const horizontal = Math.abs(qy - ly) < 1e-6 && Math.abs(ly - py) < 1e-6;
      if (vertical || horizontal) {
        buf[n - 2] = px;
        buf[n - 1] = py;
        return;
      }
    }
  }
  if (n + 2 > buf.length) {
    const bigger = new Float64Array(buf.length * 2);
    bigger.set(buf);
    line.buf = bigger;
  }
  line.buf[n] = px;
  line.buf[n + 1] = py;
  line.n = n + 2;
}

/** The points of a polyline as a new array, reversed if asked (pairs stay together). */
export function finish(line: Polyline, reverse: boolean): Float64Array {
  const out = line.buf.slice(0, line.n);
  if (!reverse) return out;
  for (let i = 0, j = out.length - 2; i < j; i += 2, j -= 2) {
    const x = out[i] ?? 0;
    const y = out[i + 1] ?? 0;
    out[i] = out[j] ?? 0;
    out[i + 1] = out[j + 1] ?? 0;
    out[j] = x;
    out[j + 1] = y;
  }
  return out;
}
