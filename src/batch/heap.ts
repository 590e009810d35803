// V8 lets a busy process's heap grow to up to four times what is live (measured in a whole-country batch: about
// 3×, 120 MB live in a 360–470 MB heap, growing all run). A batch composes hundreds of reports in one process, so
// it holds the heap to twice the live size: about 5 % more CPU in compose, half the node memory.
import { setFlagsFromString } from 'node:v8';

/** Heap growing factor 1 + percent/100 after each full collection (V8's default is dynamic, up to 4). */
export const HEAP_GROWING_PERCENT = 100;

let bounded = false;

/** Caps V8's heap growth for the rest of this process (a batch run); once, idempotent. */
export function boundHeapGrowth(): void {
  if (bounded) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  bounded = true;
}
