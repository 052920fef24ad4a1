// The one way clients make a domain: the mode picks the class.
import type { Image } from '@pvm/image';
import { Domain, type DomainOptions } from './domain.ts';
import { PvDomain } from './pv/domain.ts';

export function createDomain(image: Image, opts: DomainOptions): Domain {
  return opts.mode === 'pv' ? new PvDomain(image, opts) : new Domain(image, opts.mode, opts);
}
