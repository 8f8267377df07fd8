/**
 * Bytes ⇄ base64, the form in which attachments cross IPC. In memory only: nothing here touches a
 * disk, a cache or the browser's storage.
 */
interface Base64Bytes {
  toBase64?: (this: Uint8Array) => string;
}
interface Base64Constructor {
  fromBase64?: (text: string) => Uint8Array;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as Base64Bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as Base64Constructor).fromBase64;
  if (typeof native === 'function') return new Uint8Array(native(text));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
