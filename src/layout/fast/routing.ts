/**
 * Rank-axis coordinates and edge routes. Each layer is a band as tall as its tallest item
 * (items are centred in it); between two layers lies a channel holding the horizontal
 * segments of the hops that change x, one track per segment where they overlap (see
 * tracks.ts). The channel grows with its track count. A route runs vertically through every
 * dummy of its edge and jogs only inside channels, so it never enters a node box: nodes and
 * labels live in bands, and inside a band a route only uses its own port's x (within its node's
 * width), its dummy's x (kept clear by placement) or a side track (inside its node's margin).
 */
import { SPACING } from '../elkOptions';
import type { FastGraph } from './graph';
import type { Grid } from './layering';
import { LABEL_DUMMY } from './layering';
import type { Ports } from './ports';
import { clearEntryPorts } from './entries';
import { finish, push, type Polyline } from './polyline';
import { assignTracks } from './tracks';

/** A box in the internal frame. */
export interface FastBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The drawing in the internal frame (layers top to bottom), indexed like the graph. */
export interface Drawing {
  readonly nodes: FastBox[];
  /** Per edge: flat polyline [x0, y0, x1, y1, …] from the source's border to the target's. */
  readonly routes: Float64Array[];
  /** Per edge: its label box, if it has a label. */
  readonly labels: (FastBox | undefined)[];
  /** Bottom of the last band (before padding). */
  readonly bottom: number;
}

/** Channel height for `tracks` tracks between two layers (`rankToRank`: both are rank layers). */
export function channelHeight(tracks: number, rankToRank: boolean): number {
  const min = rankToRank ? SPACING.betweenLayers : SPACING.edgeNodeBetweenLayers;
  const needed = tracks > 0 ? 2 * SPACING.edgeNodeBetweenLayers + (tracks - 1) * SPACING.edgeEdgeBetweenLayers : 0;
  return Math.max(min, needed);
}

/** Computes bands, channels and tracks, then every node box, route and label box. */
export function routeEdges(graph: FastGraph, grid: Grid, ports: Ports, x: Float64Array): Drawing {
  const layerCount = grid.layerCount;
  const hopCount = grid.hopTop.length;

  // Bands.
  const bandHeight = new Float64Array(layerCount);
  for (let i = 0; i < grid.itemCount; i++) {
    const l = grid.itemLayer[i] ?? 0;
    bandHeight[l] = Math.max(bandHeight[l] ?? 0, 2 * (ports.halfHeight[i] ?? 0));
  }

  // Horizontal segments per channel (channel l lies below layer l), then tracks.
  const hopX1 = new Float64Array(hopCount);
  const hopX2 = new Float64Array(hopCount);
  for (let h = 0; h < hopCount; h++) {
    hopX1[h] = (x[grid.hopTop[h] ?? 0] ?? 0) + (ports.topOff[h] ?? 0);
    hopX2[h] = (x[grid.hopBottom[h] ?? 0] ?? 0) + (ports.bottomOff[h] ?? 0);
  }
  clearEntryPorts(graph, grid, ports, x, hopX1, hopX2);
  const chanStart = new Int32Array(layerCount + 1);
  for (let h = 0; h < hopCount; h++) {
    if (Math.abs((hopX1[h] ?? 0) - (hopX2[h] ?? 0)) > 0.5) {
      const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
      chanStart[l + 1] = (chanStart[l + 1] ?? 0) + 1;
    }
  }
  for (let l = 0; l < layerCount; l++) chanStart[l + 1] = (chanStart[l + 1] ?? 0) + (chanStart[l] ?? 0);
  const chanHops = new Int32Array(chanStart[layerCount] ?? 0);
  const fill = chanStart.slice(0, layerCount);
  for (let h = 0; h < hopCount; h++) {
    if (Math.abs((hopX1[h] ?? 0) - (hopX2[h] ?? 0)) <= 0.5) continue;
    const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
    chanHops[fill[l] ?? 0] = h;
    fill[l] = (fill[l] ?? 0) + 1;
  }
  const hopTrack = new Int32Array(hopCount);
  const trackCount = new Int32Array(layerCount);
  let maxSegments = 0;
  for (let l = 0; l < layerCount; l++) maxSegments = Math.max(maxSegments, (chanStart[l + 1] ?? 0) - (chanStart[l] ?? 0));
  const starts = new Float64Array(maxSegments);
  const ends = new Float64Array(maxSegments);
  for (let l = 0; l < layerCount; l++) {
    const first = chanStart[l] ?? 0;
    const count = (chanStart[l + 1] ?? 0) - first;
    if (count === 0) continue;
    for (let k = 0; k < count; k++) {
      const h = chanHops[first + k] ?? 0;
      starts[k] = hopX1[h] ?? 0;
      ends[k] = hopX2[h] ?? 0;
    }
    const { track, count: tracks } = assignTracks(starts, ends, count);
    trackCount[l] = tracks;
    for (let k = 0; k < count; k++) hopTrack[chanHops[first + k] ?? 0] = track[k] ?? 0;
  }

  // Rank-axis coordinates: bands and channels.
  const bandTop = new Float64Array(layerCount);
  const firstTrackY = new Float64Array(layerCount);
  let y = SPACING.padding;
  for (let l = 0; l < layerCount; l++) {
    bandTop[l] = y;
    y += bandHeight[l] ?? 0;
    if (l + 1 >= layerCount) break;
    const tracks = trackCount[l] ?? 0;
    const rankToRank = grid.isLabelLayer[l] === 0 && grid.isLabelLayer[l + 1] === 0;
    const height = channelHeight(tracks, rankToRank);
    firstTrackY[l] = y + (height - Math.max(0, tracks - 1) * SPACING.edgeEdgeBetweenLayers) / 2;
    y += height;
  }
  const bottom = y;

  // Node boxes.
  const n = graph.ids.length;
  const nodes: FastBox[] = [];
  for (let v = 0; v < n; v++) {
    const w = graph.width[v] ?? 0;
    const h = graph.height[v] ?? 0;
    const l = grid.itemLayer[v] ?? 0;
    nodes.push({ x: (x[v] ?? 0) - w / 2, y: (bandTop[l] ?? 0) + ((bandHeight[l] ?? 0) - h) / 2, width: w, height: h });
  }

  const edgeCount = graph.from.length;
  const routes: Float64Array[] = [];
  const labels: (FastBox | undefined)[] = [];
  const line: Polyline = { buf: new Float64Array(64), n: 0 };
  for (let e = 0; e < edgeCount; e++) {
    line.n = 0;
    let label: FastBox | undefined;
    if (grid.selfLoop[e] === 1) {
      const box = nodes[graph.from[e] ?? 0];
      if (box) {
        const right = box.x + box.width;
        const out = box.y + box.height * (ports.loopOut[e] ?? 0);
        const back = box.y + box.height * (ports.loopIn[e] ?? 0);
        const side = right + (ports.loopDistance[e] ?? 0);
        push(line, right, out);
        push(line, side, out);
        push(line, side, back);
        push(line, right, back);
        if (graph.hasLabel[e] === 1) {
          label = {
            x: right + (ports.loopLabelDx[e] ?? 0),
            y: box.y + box.height / 2 + (ports.loopLabelDy[e] ?? 0),
            width: graph.labelWidth[e] ?? 0,
            height: graph.labelHeight[e] ?? 0,
          };
        }
      }
    } else {
      const chainFirst = grid.chainStart[e] ?? 0;
      const chainEnd = grid.chainStart[e + 1] ?? 0;
      const source = nodes[grid.chainItems[chainFirst] ?? 0];
      const target = nodes[grid.chainItems[chainEnd - 1] ?? 0];
      const firstHop = grid.hopStart[e] ?? 0;
      const lastHop = (grid.hopStart[e + 1] ?? 0) - 1;
      if (source && target && lastHop >= firstHop) {
        const side = ports.topSide[firstHop] ?? -1;
        const x1 = hopX1[firstHop] ?? 0;
        if (side >= 0) {
          const sy = source.y + source.height * side;
          push(line, source.x, sy);
          push(line, x1, sy);
        } else push(line, x1, source.y + source.height);
        for (let h = firstHop; h <= lastHop; h++) {
          const a = hopX1[h] ?? 0;
          const b = hopX2[h] ?? 0;
          if (Math.abs(a - b) <= 0.5) {
            // Straight through: keep the x of the upper end (the lower end is within 0.5 px).
            continue;
          }
          const l = grid.itemLayer[grid.hopTop[h] ?? 0] ?? 0;
          const ty = (firstTrackY[l] ?? 0) + (hopTrack[h] ?? 0) * SPACING.edgeEdgeBetweenLayers;
          const px = line.buf[line.n - 2] ?? a;
          push(line, px, ty);
          push(line, b, ty);
        }
        const tside = ports.bottomSide[lastHop] ?? -1;
        const px = line.buf[line.n - 2] ?? 0;
        if (tside >= 0) {
          const ty = target.y + target.height * tside;
          push(line, px, ty);
          push(line, target.x, ty);
        } else push(line, px, target.y);
        for (let k = chainFirst + 1; k < chainEnd - 1; k++) {
          const d = grid.chainItems[k] ?? 0;
          if (grid.itemKind[d] !== LABEL_DUMMY) continue;
          const l = grid.itemLayer[d] ?? 0;
          const lw = graph.labelWidth[e] ?? 0;
          const lh = graph.labelHeight[e] ?? 0;
          label = { x: (x[d] ?? 0) - lw / 2, y: (bandTop[l] ?? 0) + ((bandHeight[l] ?? 0) - lh) / 2, width: lw, height: lh };
        }
      }
    }
    routes.push(finish(line, grid.reversed[e] === 1));
    labels.push(label);
  }
  return { nodes, routes, labels, bottom };
}
