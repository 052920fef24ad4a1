// CRC-32 (IEEE 802.3, as zlib and PNG use it), so images need no node:zlib.
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Continue a CRC over `bytes[start, end)`; start from `crc32Init` and finish with `crc32Final`. */
export function crc32Update(crc: number, bytes: Uint8Array, start = 0, end = bytes.length): number {
  for (let i = start; i < end; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return crc;
}
export const crc32Init = 0xffffffff;
export const crc32Final = (crc: number): number => (crc ^ 0xffffffff) >>> 0;
export const crc32 = (bytes: Uint8Array): number => crc32Final(crc32Update(crc32Init, bytes));
