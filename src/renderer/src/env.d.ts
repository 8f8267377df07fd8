/// <reference types="vite/client" />
import type { PanohBridge } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the end-to-end harness): exactly `invoke` and `on`, nothing else. */
    readonly panoh?: PanohBridge;
  }
}
