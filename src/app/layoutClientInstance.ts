/**
 * The app's one layout client, created when this module is evaluated. main.tsx imports it
 * first, so the ELK worker starts loading (its ~1.6 MB script takes ~0.3 s to compile) before
 * the rest of the app is even evaluated, in parallel with parsing and the first render.
 */
import { createLayoutClient } from '@/layout/layoutClient';

export const layoutClient = typeof window === 'undefined' ? null : createLayoutClient();
