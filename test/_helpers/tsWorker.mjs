/**
 * The entry of a worker thread that runs a TypeScript module (`workerData.module`, a file URL):
 * Node.js does not load `.ts` by itself, and neither tsx's `--import` hook nor vitest's transform
 * reaches a worker thread, so the worker loads the module through tsx's API. Used by the worker
 * recipe's test and by bench/workers.ts.
 *
 * new Worker(new URL('../_helpers/tsWorker.mjs', import.meta.url), { workerData: { module: url, ... } })
 */
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
