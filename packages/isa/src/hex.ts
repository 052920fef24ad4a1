// The one way pvm prints an address or a word in hex: `0x` and lower-case digits, padded to
// `width` digits (addresses in reports use 4, so 0x1000 and 0x0040 line up).
export const hex = (v: number, width = 0): string => '0x' + (v >>> 0).toString(16).padStart(width, '0');
