export { type Core, type CoreOptions, createCore } from './api/createCore';
export { toInvokeResult } from './api/toInvokeResult';
export { VaultSession } from './vault/vaultSession';
