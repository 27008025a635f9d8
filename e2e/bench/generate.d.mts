/** Types of generate.mjs (for the e2e specs). */
export function generateWorkflow(n: number, seed?: number): { text: string; nodes: number; edges: number };
