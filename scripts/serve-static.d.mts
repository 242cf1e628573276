import type { Server } from 'node:http';
export function serveStatic(options: { root: string | (() => string); port: number; base?: string }): Server;
