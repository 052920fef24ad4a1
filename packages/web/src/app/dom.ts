/// <reference lib="dom" />
// The page's elements by id (index.html names them).
export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
